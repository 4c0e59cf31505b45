/**
 * `node bench/library.ts` (npm run bench:library): library search over 10,000 reviews of 50 timeline events each
 * (plus whys, notes and action items), in a fresh SQLite file opened as the app opens it (migrations, pragmas), the
 * search index filled by migration 016's triggers as the rows go in. Each query is timed two ways in the same run:
 *   (a) through the service: dispatch('library.search', { query, limit: 20 }), the FTS5 query built from the typed
 *       text, bm25 ranking, snippets and one hit per review;
 *   (b) a LIKE scan of the same source tables for the same words, written by hand here, stopping at the first 20
 *       reviews found: unranked, no snippets, the least a search without the index would have to do.
 * Prints p50 and p95 of each, their ratio, and whether the issue's target holds (p95 under 50 ms). Never fails.
 * BENCH_REVIEWS=1000 runs a smaller library.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import { dispatch } from '../src/main/api/dispatch.ts';
import { openDatabase } from '../src/main/db/open.ts';
import { createService } from '../src/main/service/service.ts';
import { makeTempDir, percentile, seededRandom, timedRuns } from '../test/harness/index.ts';

const REVIEWS = Number(process.env['BENCH_REVIEWS'] ?? 10_000);
const EVENTS_PER_REVIEW = 50;
const WHYS_PER_REVIEW = 5;
const NOTES_PER_REVIEW = 6;
const ACTIONS_PER_REVIEW = 5;
const VOCABULARY = 6_000;
const LIMIT = 20;
const RUNS = 60;
const WARM_UP_RUNS = 5;
const TARGET_P95_MS = 50;
const LABEL_WIDTH = 40;
const NOW = Date.UTC(2026, 11, 9, 12);
const DAY = 86_400_000;

/** Words people write in reviews, the most frequent first; made-up words fill the long tail. */
const COMMON = `the a of to and in on was for at by with from after deploy alert error latency database disk queue timeout
  service request retry cache node cluster replica failover load traffic customer page rollback config certificate dns
  memory cpu network partition lock migration index connection pool worker job batch release canary monitoring
  dashboard runbook pager escalation incident outage degraded restored mitigated root cause`.split(/\s+/);
const SYLLABLES = ['ka', 'lo', 'mi', 'ner', 'tos', 'va', 'ri', 'zen', 'dul', 'fa', 'gor', 'pe', 'sti', 'bra', 'quo', 'wel', 'xi', 'hun'];

function vocabulary(random: () => number): string[] {
  const words = [...COMMON];
  const seen = new Set(words);
  while (words.length < VOCABULARY) {
    const length = 2 + Math.floor(random() * 3);
    const word = Array.from({ length }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

function seed(db: Database): string[] {
  const random = seededRandom(16);
  const words = vocabulary(random);
  // Zipf-like: a word's chance falls with its rank, so a few words are everywhere and most are rare.
  const weights = words.map((_, rank) => 1 / (rank + 1));
  const cumulative: number[] = [];
  weights.reduce((sum, weight, index) => (cumulative[index] = sum + weight), 0);
  const total = cumulative.at(-1) ?? 1;
  const word = (): string => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return words[low] ?? 'the';
  };
  const sentence = (count: number): string => Array.from({ length: count }, word).join(' ');
  const insertMeeting = db.prepare(
    'INSERT INTO meetings (id, incident_id, title, severity, summary, incident_started_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertEvent = db.prepare(
    'INSERT INTO timeline_events (id, meeting_id, occurred_at, description, actor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertWhy = db.prepare('INSERT INTO whys (id, meeting_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const insertNote = db.prepare("INSERT INTO notes (id, meeting_id, category, text, created_at, updated_at) VALUES (?, ?, 'lesson', ?, ?, ?)");
  const insertAction = db.prepare('INSERT INTO action_items (id, meeting_id, title, owner, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
  for (let start = 0; start < REVIEWS; start += 500) {
    db.transaction(() => {
      for (let index = start; index < Math.min(REVIEWS, start + 500); index += 1) {
        const id = crypto.randomUUID();
        const at = NOW - Math.floor(random() * 3 * 365) * DAY;
        insertMeeting.run(id, `INC-${10_000 + index}`, sentence(5), severities[index % 4], sentence(40), at, at, at);
        for (let event = 0; event < EVENTS_PER_REVIEW; event += 1) insertEvent.run(crypto.randomUUID(), id, at + event * 60_000, sentence(12), word(), at, at);
        for (let why = 0; why < WHYS_PER_REVIEW; why += 1) insertWhy.run(crypto.randomUUID(), id, sentence(10), at, at);
        for (let note = 0; note < NOTES_PER_REVIEW; note += 1) insertNote.run(crypto.randomUUID(), id, sentence(15), at, at);
        for (let action = 0; action < ACTIONS_PER_REVIEW; action += 1) insertAction.run(crypto.randomUUID(), id, sentence(8), word(), at, at);
      }
    })();
  }
  return words;
}

const timed = (work: () => unknown): number[] => timedRuns(work, RUNS, WARM_UP_RUNS);

/** The same words found with LIKE in every searched table, the first LIMIT reviews only. */
function likeScan(db: Database, words: readonly string[]): () => unknown {
  const all = (column: string) => words.map((_, index) => `${column} LIKE @w${index}`).join(' AND ');
  const sql = `SELECT DISTINCT meeting_id FROM (
      SELECT id AS meeting_id FROM meetings WHERE (${all('title')}) OR (${all('summary')})
      UNION ALL SELECT meeting_id FROM timeline_events WHERE (${all('description')}) OR (${all('actor')})
      UNION ALL SELECT meeting_id FROM whys WHERE ${all('text')}
      UNION ALL SELECT meeting_id FROM notes WHERE ${all('text')}
      UNION ALL SELECT meeting_id FROM action_items WHERE (${all('title')}) OR (${all('owner')})
    ) LIMIT ${LIMIT}`;
  const query = db.prepare(sql);
  const params = Object.fromEntries(words.map((word, index) => [`w${index}`, `%${word}%`]));
  return () => query.all(params);
}

async function main(): Promise<void> {
  const temp = makeTempDir('debrief-bench-library-');
  const db = await openDatabase(temp.file('debrief.sqlite'));
  try {
    const seedStart = performance.now();
    const words = seed(db);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    db.pragma('optimize');
    const service = createService(db, { clock: () => NOW });
    const documents = db.prepare('SELECT count(*) FROM search_documents').pluck().get() as number;
    const common = words[COMMON.indexOf('latency')] ?? 'latency';
    const middle = words[300] ?? 'x';
    const rare = words[VOCABULARY - 10] ?? 'x';
    const cases: Array<{ label: string; query: string }> = [
      { label: `common word ("${common}")`, query: common },
      { label: `frequent word ("the")`, query: 'the ' },
      { label: `mid-frequency word ("${middle}")`, query: `${middle} ` },
      { label: `rare word ("${rare}")`, query: `${rare} ` },
      { label: 'two common words', query: `disk ${common} ` },
      { label: 'common and rare word', query: `disk ${rare} ` },
      { label: 'typing: 2-letter prefix', query: middle.slice(0, 2) },
      { label: 'typing: 3-letter prefix', query: middle.slice(0, 3) },
      { label: 'typing: 4-letter prefix', query: middle.slice(0, 4) },
      { label: 'typing: second word prefix', query: `database ${middle.slice(0, 3)}` },
      { label: 'hostile ("NEAR(disk*) OR")', query: 'NEAR(disk*) OR "' },
      { label: 'no match', query: 'zzzzqqq ' },
    ];

    console.log(
      `Debrief library search benchmark: ${REVIEWS.toLocaleString('en-US')} reviews of ${EVENTS_PER_REVIEW} timeline events, ${WHYS_PER_REVIEW} whys, ${NOTES_PER_REVIEW} notes and ${ACTIONS_PER_REVIEW} action items each; ${documents.toLocaleString('en-US')} indexed fields (seeded through the triggers in ${seedSeconds.toFixed(1)} s)`,
    );
    console.log(`the first ${LIMIT} reviews; p50 and p95 of ${RUNS} runs after ${WARM_UP_RUNS} untimed ones`);
    console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.platform()} ${os.release()}`);
    console.log('');
    const ms = (value: number) => `${value.toFixed(2).padStart(8)} ms`;
    console.log(
      `${'query'.padEnd(LABEL_WIDTH)} ${'hits'.padStart(4)}  ${'FTS p50'.padStart(11)} ${'p95'.padStart(11)}  ${'LIKE p50'.padStart(11)} ${'p95'.padStart(11)}  LIKE/FTS p95`,
    );
    let worst = 0;
    for (const entry of cases) {
      let hits = 0;
      const ours = timed(() => {
        const response = dispatch(service, 'library.search', { query: entry.query, limit: LIMIT });
        if (!response.ok) throw new Error(response.error.message);
        hits = (response.result as unknown[]).length;
      });
      const likeWords = entry.query.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
      const like = timed(likeScan(db, likeWords.length > 0 ? likeWords : ['']));
      const p95 = percentile(ours, 95);
      worst = Math.max(worst, p95);
      console.log(
        `${entry.label.padEnd(LABEL_WIDTH)} ${String(hits).padStart(4)}  ${ms(percentile(ours, 50)).padStart(11)} ${ms(p95)}  ${ms(percentile(like, 50)).padStart(11)} ${ms(percentile(like, 95))}  ${(percentile(like, 95) / p95).toFixed(1).padStart(12)}`,
      );
    }
    console.log('');
    console.log(`worst FTS p95 ${worst.toFixed(2)} ms: ${worst < TARGET_P95_MS ? 'within' : 'NOT within'} the target of ${TARGET_P95_MS} ms`);

    const file = db.name;
    const integrityStart = performance.now();
    db.pragma('integrity_check');
    console.log(
      `integrity_check of the ${((db.prepare('SELECT page_count * page_size FROM pragma_page_count, pragma_page_size').pluck().get() as number) / 1e6).toFixed(0)} MB file (run at every open): ${((performance.now() - integrityStart) / 1000).toFixed(2)} s (${file})`,
    );
  } finally {
    db.close();
    temp.remove();
  }
}

await main();
