/**
 * `node bench/followups.ts` (npm run bench:followups): the follow-ups ledger over 50,000 action items in 2,000 reviews,
 * in a fresh SQLite file opened as the app opens it (migrations, pragmas). For each filter it times a first page of
 * 200 rows with the number matched, as the ledger view asks for it, two ways in the same run:
 *   (a) through the service: dispatch('followups.list'), input parsing and row mapping included;
 *   (b) a plain SQL query of the same filter, written by hand here: count(*) and the page with its review and effectiveness result joined.
 * Prints p50 and p95 of each, their ratio, and whether the target holds (p95 under 100 ms). Never fails.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import { dispatch } from '../src/main/api/dispatch.ts';
import { openDatabase } from '../src/main/db/open.ts';
import { createService } from '../src/main/service/service.ts';
import { staleCutoff, weekOf } from '../src/shared/actions/followup-rules.ts';
import { makeTempDir, percentile, seededRandom, timedRuns } from '../test/harness/index.ts';

const MEETINGS = 2_000;
const ITEMS = 50_000;
const OWNERS = 150;
const SERVICES = 60;
const PAGE = 200;
const RUNS = 60;
const WARM_UP_RUNS = 5;
const TARGET_P95_MS = 100;
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 9, 12);
const TODAY = '2026-12-09';
const LABEL_WIDTH = 38;

const dateOf = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

/** 2,000 reviews over three years, 25 items each on average, owners and services drawn unevenly, as teams have them. */
function seed(db: Database): { meetingId: string; owner: string; service: string; factor: string } {
  const random = seededRandom(2026);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() ** 2 * values.length)] as T;
  const owners = Array.from({ length: OWNERS }, (_, index) => `Owner ${String(index).padStart(3, '0')}`);
  const services = Array.from({ length: SERVICES }, (_, index) => `service-${index}`);
  const meetingIds: string[] = [];
  db.transaction(() => {
    const meeting = db.prepare('INSERT INTO meetings (id, incident_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    const service = db.prepare('INSERT OR IGNORE INTO meeting_services (meeting_id, position, name) VALUES (?, ?, ?)');
    for (let index = 0; index < MEETINGS; index += 1) {
      const id = crypto.randomUUID();
      const at = NOW - Math.floor(random() * 3 * 365) * DAY;
      meeting.run(id, `INC-${1000 + index}`, `Review ${index}: what failed and how we noticed`, at, at);
      for (let position = 0; position < 1 + Math.floor(random() * 3); position += 1) service.run(id, position, pick(services));
      meetingIds.push(id);
    }
    const item = db.prepare(
      `INSERT INTO action_items (id, meeting_id, position, title, owner, due_on, priority, horizon, category, status, author, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
    );
    const statuses = ['open', 'open', 'in_progress', 'done', 'done', 'done', 'cancelled'] as const;
    const itemIds: string[] = [];
    for (let index = 0; index < ITEMS; index += 1) {
      const created = NOW - Math.floor(random() * 3 * 365 * DAY);
      const updated = created + Math.floor(random() * (NOW - created));
      const id = crypto.randomUUID();
      itemIds.push(id);
      item.run(
        id,
        meetingIds[index % MEETINGS],
        Math.floor(index / MEETINGS),
        `Action ${index}: make the failure visible before customers see it`,
        random() < 0.05 ? '' : pick(owners),
        random() < 0.1 ? null : dateOf(created + Math.floor(random() * 120) * DAY),
        pick(['P1', 'P0', 'P2'] as const),
        pick(['short_term', 'quick_win', 'long_term'] as const),
        random() < 0.2 ? null : pick(['monitoring', 'runbook', 'testing', 'architecture', 'training', 'process'] as const),
        statuses[Math.floor(random() * statuses.length)],
        created,
        updated,
      );
    }
    // Contributing factors (migration 017's defaults) on two reviews in three, one to three each.
    const factorIds = (db.prepare('SELECT id FROM factors ORDER BY position').all() as Array<{ id: string }>).map((row) => row.id);
    const tag = db.prepare("INSERT OR IGNORE INTO item_factors (meeting_id, item_kind, item_id, factor_id, position) VALUES (?, 'meeting', ?, ?, ?)");
    meetingIds.forEach((id, index) => {
      if (index % 3 === 2) return;
      for (let position = 0; position < 1 + Math.floor(random() * 3); position += 1) tag.run(id, id, pick(factorIds), position);
    });
    // A 30-day check held for one review in four: a result for each of its items, most saying whether it worked.
    const result = db.prepare('INSERT INTO effectiveness_results (action_item_id, meeting_id, outcome, note, recorded_at) VALUES (?, ?, ?, ?, ?)');
    itemIds.forEach((id, index) => {
      if (index % MEETINGS < MEETINGS / 4) {
        result.run(id, meetingIds[index % MEETINGS], pick(['prevented', 'partly', 'too_early', 'no', null] as const), 'Checked at 30 days', NOW - DAY);
      }
    });
  })();
  const factor = (db.prepare('SELECT id FROM factors ORDER BY position LIMIT 1 OFFSET 2').get() as { id: string }).id;
  return { meetingId: meetingIds[7] ?? '', owner: owners[3] ?? '', service: services[5] ?? '', factor };
}

interface Case {
  label: string;
  input: Record<string, unknown>;
  /** The same filter and order written as plain SQL over `action_items a`. */
  where: string;
  params: Record<string, string | number>;
  order?: string;
  offset?: number;
}

const SELECT_PAGE = `SELECT a.*, m.incident_id, m.title AS review_title, m.follow_up_review_on, m.updated_at AS review_updated_at,
       coalesce(w.text, n.text) AS addresses, e.outcome, e.note AS effectiveness_note, e.recorded_at
  FROM action_items a JOIN meetings m ON m.id = a.meeting_id
  LEFT JOIN whys w ON w.id = a.why_id LEFT JOIN notes n ON n.id = a.note_id
  LEFT JOIN effectiveness_results e ON e.action_item_id = a.id`;
const BY_DUE = 'a.due_on IS NULL, a.due_on, a.created_at, a.id';

const timed = (work: () => unknown): number[] => timedRuns(work, RUNS, WARM_UP_RUNS);

async function main(): Promise<void> {
  const temp = makeTempDir('debrief-bench-followups-');
  const db = await openDatabase(temp.file('debrief.sqlite'));
  try {
    const seedStart = performance.now();
    const { meetingId, owner, service: serviceName, factor } = seed(db);
    db.pragma('optimize');
    const service = createService(db, { clock: () => NOW });
    const week = weekOf(TODAY);
    const cutoff = staleCutoff(NOW, 30);
    const unfinished = "a.status IN ('open', 'in_progress')";
    const cases: Case[] = [
      { label: 'everything, by due date', input: {}, where: '', params: {} },
      { label: 'one owner', input: { filter: { owner } }, where: 'a.owner = @owner COLLATE NOCASE', params: { owner } },
      {
        label: 'open or in progress',
        input: { filter: { status: ['open', 'in_progress'] } },
        where: unfinished,
        params: {},
      },
      { label: 'overdue', input: { filter: { overdue: true } }, where: `${unfinished} AND a.due_on < @today`, params: { today: TODAY } },
      {
        label: 'due this week',
        input: { filter: { dueThisWeek: true } },
        where: `${unfinished} AND a.due_on BETWEEN @first AND @last`,
        params: week,
      },
      { label: 'stale (30 days)', input: { filter: { stale: true } }, where: `${unfinished} AND a.updated_at <= @cutoff`, params: { cutoff } },
      { label: 'priority P0', input: { filter: { priority: ['P0'] } }, where: "a.priority = 'P0'", params: {} },
      { label: 'one review', input: { filter: { meetingId } }, where: 'a.meeting_id = @meetingId', params: { meetingId } },
      {
        label: 'one service',
        input: { filter: { service: serviceName } },
        where: 'a.meeting_id IN (SELECT meeting_id FROM meeting_services WHERE name = @service COLLATE NOCASE)',
        params: { service: serviceName },
      },
      {
        label: 'one contributing factor',
        input: { filter: { factor } },
        where: "a.meeting_id IN (SELECT meeting_id FROM item_factors WHERE factor_id = @factor AND item_kind = 'meeting')",
        params: { factor },
      },
      {
        label: 'one owner, overdue',
        input: { filter: { owner, overdue: true } },
        where: `a.owner = @owner COLLATE NOCASE AND ${unfinished} AND a.due_on < @today`,
        params: { owner, today: TODAY },
      },
      {
        label: 'effectiveness checked',
        input: { filter: { effectiveness: 'checked' } },
        where: 'EXISTS (SELECT 1 FROM effectiveness_results r WHERE r.action_item_id = a.id)',
        params: {},
      },
      {
        label: 'effectiveness not checked',
        input: { filter: { effectiveness: 'not_checked' } },
        where: 'NOT EXISTS (SELECT 1 FROM effectiveness_results r WHERE r.action_item_id = a.id)',
        params: {},
      },
      {
        label: 'effectiveness: prevented recurrence',
        input: { filter: { effectiveness: 'prevented' } },
        where: "EXISTS (SELECT 1 FROM effectiveness_results r WHERE r.action_item_id = a.id AND r.outcome = 'prevented')",
        params: {},
      },
      {
        label: 'one owner, not checked',
        input: { filter: { owner, effectiveness: 'not_checked' } },
        where: 'a.owner = @owner COLLATE NOCASE AND NOT EXISTS (SELECT 1 FROM effectiveness_results r WHERE r.action_item_id = a.id)',
        params: { owner },
      },
      {
        label: 'everything, by review (desc)',
        input: { sort: { column: 'review', direction: 'desc' } },
        where: '',
        params: {},
        order: "m.incident_id = '' DESC, m.incident_id COLLATE NOCASE DESC, m.title COLLATE NOCASE DESC, m.id DESC, a.position DESC, a.id DESC",
      },
      {
        label: 'everything, by title',
        input: { sort: { column: 'title', direction: 'asc' } },
        where: '',
        params: {},
        order: 'a.title COLLATE NOCASE, a.created_at, a.id',
      },
      { label: 'everything, page at 25,000', input: { offset: 25_000 }, where: '', params: {}, offset: 25_000 },
      {
        label: 'everything, by owner, page at 40,000',
        input: { sort: { column: 'owner', direction: 'asc' }, offset: 40_000 },
        where: '',
        params: {},
        order: "a.owner = '', a.owner COLLATE NOCASE, a.created_at, a.id",
        offset: 40_000,
      },
      {
        label: 'overdue, by last change (desc)',
        input: { filter: { overdue: true }, sort: { column: 'lastChange', direction: 'desc' } },
        where: "a.status IN ('open', 'in_progress') AND a.due_on < @today",
        params: { today: TODAY },
        order: 'a.updated_at DESC, a.created_at DESC, a.id DESC',
      },
    ];

    console.log(
      `Debrief follow-ups ledger benchmark: ${ITEMS.toLocaleString('en-US')} action items in ${MEETINGS.toLocaleString('en-US')} reviews (seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s)`,
    );
    console.log(`a page of ${PAGE} rows and the number matched; p50 and p95 of ${RUNS} runs after ${WARM_UP_RUNS} untimed ones`);
    console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.platform()} ${os.release()}`);
    console.log('');
    const ms = (value: number) => `${value.toFixed(2).padStart(8)} ms`;
    console.log(
      `${'filter'.padEnd(LABEL_WIDTH)} ${'matched'.padStart(7)}  ${'service p50'.padStart(11)} ${'p95'.padStart(11)}  ${'plain SQL p50'.padStart(13)} ${'p95'.padStart(11)}  ratio p95`,
    );
    let worst = 0;
    for (const entry of cases) {
      const input = { today: TODAY, limit: PAGE, ...entry.input };
      let matched = 0;
      const ours = timed(() => {
        const response = dispatch(service, 'followups.list', input);
        if (!response.ok) throw new Error(response.error.message);
        matched = (response.result as { total: number }).total;
      });
      const whereSql = entry.where ? `WHERE ${entry.where}` : '';
      const count = db.prepare(`SELECT count(*) FROM action_items a ${whereSql}`).pluck();
      const page = db.prepare(`${SELECT_PAGE} ${whereSql} ORDER BY ${entry.order ?? BY_DUE} LIMIT ${PAGE} OFFSET ${entry.offset ?? 0}`);
      let plainMatched = 0;
      const plain = timed(() => {
        plainMatched = count.get(entry.params) as number;
        page.all(entry.params);
      });
      if (plainMatched !== matched) console.log(`  (!) the service matched ${matched}, the plain query ${plainMatched}`);
      const p95 = percentile(ours, 95);
      worst = Math.max(worst, p95);
      console.log(
        `${entry.label.padEnd(LABEL_WIDTH)} ${String(matched).padStart(7)}  ${ms(percentile(ours, 50)).padStart(11)} ${ms(p95)}  ${ms(percentile(plain, 50)).padStart(13)} ${ms(percentile(plain, 95))}  ${(p95 / percentile(plain, 95)).toFixed(2).padStart(9)}`,
      );
    }

    const owners = timed(() => dispatch(service, 'followups.owners', { today: TODAY }));
    const plainOwners = db.prepare(
      `SELECT owner, sum(status IN ('open', 'in_progress')), sum(status IN ('open', 'in_progress') AND due_on < @today),
              sum(status IN ('open', 'in_progress') AND updated_at <= @cutoff), sum(status = 'done')
         FROM action_items GROUP BY owner COLLATE NOCASE`,
    );
    const plainOwnerRuns = timed(() => plainOwners.all({ today: TODAY, cutoff }));
    const statuses = timed(() => dispatch(service, 'followups.statuses', { today: TODAY }));
    const plainStatuses = db.prepare('SELECT id, status FROM action_items');
    const plainStatusRuns = timed(() => plainStatuses.all());
    for (const [label, ours, plain] of [
      ['per-owner counts', owners, plainOwnerRuns],
      ['all ids and statuses (select all)', statuses, plainStatusRuns],
    ] as const) {
      const p95 = percentile(ours, 95);
      worst = Math.max(worst, p95);
      console.log(
        `${label.padEnd(LABEL_WIDTH)} ${''.padStart(7)}  ${ms(percentile(ours, 50)).padStart(11)} ${ms(p95)}  ${ms(percentile(plain, 50)).padStart(13)} ${ms(percentile(plain, 95))}  ${(p95 / percentile(plain, 95)).toFixed(2).padStart(9)}`,
      );
    }
    console.log('');
    console.log(`target p95 < ${TARGET_P95_MS} ms for every filter: ${worst < TARGET_P95_MS ? 'holds' : 'misses'} (slowest p95 ${worst.toFixed(1)} ms)`);
  } finally {
    db.close();
    temp.remove();
  }
}

try {
  await main();
} catch (error) {
  // A benchmark that cannot run says why, but never fails the build.
  console.error('bench:followups could not run:', error);
}
