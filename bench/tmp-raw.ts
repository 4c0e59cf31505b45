import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { openServiceOnTempFile } from '../test/harness/index.ts';
const s = await openServiceOnTempFile({}, 'debrief-raw-');
const db = s.db;
db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1','x',1,1)").run();
const ins = db.prepare("INSERT INTO timeline_events (id, meeting_id, occurred_at, precision, description, actor, phase, source, origin, key_moment, import_id, author, created_at, updated_at) VALUES (?, 'm1', ?, 'second', ?, 'deploy-bot', 'other', 'csv_import', '', 0, NULL, '', ?, ?)");
function run(label: string, n = 10000) {
  const t = performance.now();
  db.transaction(() => { for (let i = 0; i < n; i++) ins.run(randomUUID(), 1e12 + i, `Log line ${i}: checkout p99 ${i % 900} ms`, i, i); }).immediate();
  console.log(label, ((performance.now() - t) / n * 1000).toFixed(1), 'µs/row');
}
run('with triggers');
run('with triggers, second batch');
const trig = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type='trigger' AND tbl_name='timeline_events'").all() as {name:string,sql:string}[];
for (const t of trig) db.exec(`DROP TRIGGER ${t.name}`);
run('no search triggers');
const t2 = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type='trigger' AND tbl_name='search_documents'").all() as {name:string,sql:string}[];
for (const t of trig) db.exec(t.sql);
for (const t of t2) db.exec(`DROP TRIGGER ${t.name}`);
run('documents but no FTS');
for (const t of t2) db.exec(t.sql);
db.exec("INSERT INTO search_index(search_index, rank) VALUES('automerge', 8)");
run('automerge 8');
console.log(db.pragma('cache_size'), db.pragma('page_size'));
db.pragma('cache_size = -64000');
run('cache 64MB');
s.close();
