/**
 * `npm run bench:import` (issue 17): rows per second of a timeline import, against a raw SQLite insert of the same
 * rows in the same run.
 *   baseline  one prepared INSERT per row into a plain table with the same columns, one transaction, in a fresh file
 *             with the app's pragmas (WAL, synchronous=FULL): the least any import must do.
 *   CLI       `import-timeline` as a user runs it, a separate process on a fresh database: reading, checking,
 *             duplicate detection, chunks through dispatch() with the search index kept in step (target 50,000/s);
 *             and the same command run in this process, which leaves out Node's start and loading the code.
 *   UI        the import dialog in Chromium over `npm run serve`: from the Import click until the dialog closes
 *             (target: 50,000 rows in under 5 s).
 * The same for a 100,000-message Slack export (a ZIP): by the CLI, and through the dialog.
 * Stages: where the CLI's time goes, each stage run alone in this process on the same rows: reading the file, the
 * duplicate check, chunking, validating the chunks (as dispatch() does), and storing them through dispatch() into a
 * fresh database, with and without the search index (the second with the index's triggers and documents removed,
 * which the app never does: it shows what keeping search in step costs).
 * Prints figures; never fails. BENCH_ROWS changes the CSV size; BENCH_UI=0 leaves out the dialog runs.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import DatabaseConstructor from 'better-sqlite3';
import { dispatch } from '../src/main/api/dispatch.ts';
import { openDatabase } from '../src/main/db/open.ts';
import { createService } from '../src/main/service/service.ts';
import { importTimelineInput } from '../src/shared/api/timeline.ts';
import { findLikelyDuplicates } from '../src/shared/timeline/duplicates.ts';
import { readTimelineFile } from '../src/shared/timeline/formats/registry.ts';
import { importChunks, sendImport } from '../src/shared/timeline/send-import.ts';
import { COMMANDS } from '../src/main/cli/command-table.ts';
import { runCli } from '../src/main/cli/run-cli.ts';
import { buildSlackExport } from '../test/harness/slack-export.ts';
import {
  CLI_ENTRY,
  callApi,
  importApiOver,
  ok,
  connectAsPage,
  percentile,
  launchChromium,
  makeTempDir,
  openWatchedPage,
  runToExit,
  startServeProcess,
  timelineCsv,
  killAllChildren,
} from '../test/harness/index.ts';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 50_000);
const CLI_TARGET_PER_SECOND = 50_000;
const UI_TARGET_MS = 5_000;
const WITH_UI = process.env['BENCH_UI'] !== '0';

const temp = makeTempDir('debrief-bench-import-');
const row = (label: string, value: string) => console.log(`${label.padEnd(46)}${value}`);
const perSecond = (rows: number, ms: number) => Math.round((rows / ms) * 1000);
const waitText = (waits: number[]) =>
  waits.length === 0
    ? 'no call made'
    : `${waits.length} calls, p50 ${percentile(waits, 50).toFixed(0)} ms, p95 ${percentile(waits, 95).toFixed(0)} ms, slowest ${Math.max(...waits).toFixed(0)} ms`;

function baselineMs(rows: number): number {
  const db = new DatabaseConstructor(temp.file(`baseline-${rows}-${performance.now()}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL, occurred_at INTEGER NOT NULL, precision TEXT NOT NULL,
    description TEXT NOT NULL, actor TEXT NOT NULL, phase TEXT NOT NULL, source TEXT NOT NULL, origin TEXT NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL) STRICT`);
  const insert = db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const started = performance.now();
  db.transaction(() => {
    for (let index = 0; index < rows; index += 1) {
      insert.run(
        crypto.randomUUID(),
        'meeting',
        1e12 + index * 1000,
        'second',
        `Log line ${index}: checkout p99 ${index % 900} ms`,
        'deploy-bot',
        'other',
        'csv_import',
        '',
        index,
        index,
      );
    }
  }).immediate();
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
}

/** The same command run in this process, after Node and the code are loaded: the import's own time. */
async function inProcessMs(file: string, format: string): Promise<number> {
  const db = temp.file(`in-process-${format}.sqlite`);
  let created = '';
  const quiet = { out: (text: string) => (created = text), err: () => undefined, env: {} };
  await runCli(['create', '--title', 'Bench', '--db', db, '--json'], COMMANDS, quiet);
  const meetingId = (JSON.parse(created) as { id: string }).id;
  const started = performance.now();
  await runCli(['import-timeline', '--meeting', meetingId, '--file', file, '--db', db, '--json'], COMMANDS, quiet);
  return performance.now() - started;
}

async function cliMs(file: string, rows: number, format: string): Promise<number> {
  const db = temp.file(`cli-${format}.sqlite`);
  const created = await runToExit(CLI_ENTRY, ['create', '--title', 'Bench', '--db', db, '--json']);
  const meetingId = (JSON.parse(created.stdout) as { id: string }).id;
  const started = performance.now();
  const imported = await runToExit(CLI_ENTRY, ['import-timeline', '--meeting', meetingId, '--file', file, '--db', db, '--json'], {}, 600_000);
  const elapsed = performance.now() - started;
  const report = JSON.parse(imported.stdout) as { imported: number };
  if (report.imported !== rows) console.log(`  (the CLI imported ${report.imported} of ${rows} rows)`);
  return elapsed;
}

/** Storing `events` through dispatch() into a fresh database; `withoutSearch` first removes the search index's upkeep. */
async function storeMs(events: Parameters<typeof sendImport>[0]['events'], withoutSearch: boolean): Promise<number> {
  const db = await openDatabase(temp.file(`stages-${withoutSearch ? 'bare' : 'full'}-${performance.now()}.sqlite`));
  if (withoutSearch) {
    for (const { name } of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'search%'").all() as Array<{ name: string }>) {
      db.exec(`DROP TRIGGER ${name}`);
    }
    // The chunk's own INSERT … SELECT of documents then stores nothing.
    db.exec('CREATE TRIGGER bench_no_documents BEFORE INSERT ON search_documents BEGIN SELECT RAISE(IGNORE); END');
  }
  const service = createService(db);
  const api = importApiOver(service);
  const meeting = ok<{ id: string }>(dispatch(service, 'meetings.create', { title: 'Bench', timeZone: 'UTC' }));
  const started = performance.now();
  await sendImport({ meetingId: meeting.id, importId: crypto.randomUUID(), events, api });
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
}

async function printStages(file: { name: string; bytes: Uint8Array }, rows: number): Promise<void> {
  const timed = <T>(work: () => T): [T, number] => {
    const started = performance.now();
    const result = work();
    return [result, performance.now() - started];
  };
  const [read, readMs] = timed(() => readTimelineFile(file, { timeZone: 'UTC', anchorDate: '2017-01-31', channels: [] }));
  if (!read.ok) throw new Error(read.message);
  const [split, duplicatesMs] = timed(() => findLikelyDuplicates(read.preview.events, []));
  const [chunks, chunkMs] = timed(() => importChunks(split.kept));
  const [, validateMs] = timed(() => chunks.map((events) => importTimelineInput.parse({ importId: crypto.randomUUID(), events })));
  const storedMs = await storeMs(split.kept, false);
  const bareMs = await storeMs(split.kept, true);
  const figure = (ms: number) => `${(ms / 1000).toFixed(2)} s  ${perSecond(rows, ms).toLocaleString('en-US')} rows/s`;
  console.log('  where the time goes, each stage alone:');
  row('    reading the file', figure(readMs));
  row('    duplicate check', figure(duplicatesMs));
  row('    chunking', figure(chunkMs));
  row('    validating the chunks', figure(validateMs));
  row('    storing through dispatch()', figure(storedMs));
  row('    the same without the search index', figure(bareMs));
}

const SLACK_MESSAGES = Number(process.env['BENCH_SLACK_MESSAGES'] ?? 100_000);

interface UiRun {
  ms: number;
  /** How long another window's calls waited while the import ran: every 100 ms it adds an event and waits for it. */
  otherCallsMs: number[];
}

async function uiRun(file: { name: string; mimeType: string; buffer: Buffer }, rows: number): Promise<UiRun> {
  const server = await startServeProcess(['--port', '0', '--db', temp.file('ui.sqlite')]);
  const browser = await launchChromium();
  try {
    const meeting = await callApi<{ id: string }>(server, 'meetings.create', { title: 'Bench', timeZone: 'UTC' });
    const other = await connectAsPage(server);
    const { page } = await openWatchedPage(browser, `${server.url}#/meetings/${meeting.id}`, { viewport: { width: 1600, height: 1000 } });
    await page.getByRole('heading', { level: 1, name: 'Bench' }).waitFor();
    await page.getByRole('button', { name: 'Import timeline…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import timeline' });
    await dialog.getByLabel('File').setInputFiles(file);
    const button = dialog.getByRole('button', { name: `Import ${rows.toLocaleString('en-US')} events` });
    await button.waitFor({ timeout: 60_000 });
    const started = performance.now();
    await button.click();
    const otherCallsMs: number[] = [];
    let importing = true;
    const probing = (async () => {
      while (importing) {
        const sent = performance.now();
        await other.call('timeline.add', { meetingId: meeting.id, occurredAt: Date.UTC(2017, 0, 1), description: 'Typed while the import ran' });
        otherCallsMs.push(performance.now() - sent);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await dialog.waitFor({ state: 'hidden', timeout: 60_000 }).catch(async (error: unknown) => {
      throw new Error(
        `The dialog stayed open, saying: ${await dialog
          .locator('.form-message')
          .allTextContents()
          .then((texts) => texts.join(' '))}`,
        { cause: error },
      );
    });
    const ms = performance.now() - started;
    importing = false;
    await probing;
    other.close();
    return { ms, otherCallsMs };
  } finally {
    await browser.close();
    await killAllChildren();
  }
}

try {
  const csv = timelineCsv(ROWS);
  const csvFile = temp.file('timeline.csv');
  fs.writeFileSync(csvFile, csv);
  console.log(`Timeline import of ${ROWS.toLocaleString('en-US')} CSV rows (${(csv.length / 1024 / 1024).toFixed(1)} MB):`);
  const baseline = baselineMs(ROWS);
  row('baseline: raw SQLite insert', `${(baseline / 1000).toFixed(2)} s  ${perSecond(ROWS, baseline).toLocaleString('en-US')} rows/s`);
  const own = await inProcessMs(csvFile, 'csv');
  row(
    'CLI import-timeline, without process start-up',
    `${(own / 1000).toFixed(2)} s  ${perSecond(ROWS, own).toLocaleString('en-US')} rows/s  (${(own / baseline).toFixed(1)}x the baseline)`,
  );
  const cli = await cliMs(csvFile, ROWS, 'csv');
  const cliRate = perSecond(ROWS, cli);
  row(
    'CLI import-timeline (whole process)',
    `${(cli / 1000).toFixed(2)} s  ${cliRate.toLocaleString('en-US')} rows/s  (${(cli / baseline).toFixed(1)}x the baseline; target ≥ ${CLI_TARGET_PER_SECOND.toLocaleString('en-US')}/s: ${cliRate >= CLI_TARGET_PER_SECOND ? 'met' : 'NOT met'})`,
  );
  await printStages({ name: 'timeline.csv', bytes: new TextEncoder().encode(csv) }, ROWS);
  const csvUi = WITH_UI ? await uiRun({ name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }, ROWS) : null;
  if (csvUi) {
    row(
      'UI import dialog (click to closed)',
      `${(csvUi.ms / 1000).toFixed(2)} s  ${perSecond(ROWS, csvUi.ms).toLocaleString('en-US')} rows/s  (${(csvUi.ms / baseline).toFixed(1)}x the baseline; target < ${UI_TARGET_MS / 1000} s: ${csvUi.ms < UI_TARGET_MS ? 'met' : 'NOT met'})`,
    );
  }
  const slack = buildSlackExport({ messages: SLACK_MESSAGES });
  const slackFile = temp.file('slack-export.zip');
  fs.writeFileSync(slackFile, slack.bytes);
  console.log(`Slack export of ${SLACK_MESSAGES.toLocaleString('en-US')} messages (${(slack.bytes.byteLength / 1024 / 1024).toFixed(1)} MB ZIP):`);
  const slackBaseline = baselineMs(SLACK_MESSAGES);
  row('baseline: raw SQLite insert', `${(slackBaseline / 1000).toFixed(2)} s  ${perSecond(SLACK_MESSAGES, slackBaseline).toLocaleString('en-US')} rows/s`);
  const slackOwn = await inProcessMs(slackFile, 'slack');
  row(
    'CLI import-timeline, without process start-up',
    `${(slackOwn / 1000).toFixed(2)} s  ${perSecond(SLACK_MESSAGES, slackOwn).toLocaleString('en-US')} rows/s  (${(slackOwn / slackBaseline).toFixed(1)}x the baseline)`,
  );
  const slackCli = await cliMs(slackFile, SLACK_MESSAGES, 'slack');
  row(
    'CLI import-timeline (whole process)',
    `${(slackCli / 1000).toFixed(2)} s  ${perSecond(SLACK_MESSAGES, slackCli).toLocaleString('en-US')} rows/s  (${(slackCli / slackBaseline).toFixed(1)}x the baseline)`,
  );
  await printStages({ name: 'slack-export.zip', bytes: slack.bytes }, SLACK_MESSAGES);
  if (csvUi) {
    const slackUi = await uiRun({ name: 'slack-export.zip', mimeType: 'application/zip', buffer: Buffer.from(slack.bytes) }, SLACK_MESSAGES);
    row(
      'UI import dialog (click to closed)',
      `${(slackUi.ms / 1000).toFixed(2)} s  ${perSecond(SLACK_MESSAGES, slackUi.ms).toLocaleString('en-US')} rows/s  (${(slackUi.ms / slackBaseline).toFixed(1)}x the baseline)`,
    );
    console.log('Another window adding an event every 100 ms while the dialog imported:');
    row('  during the CSV import', waitText(csvUi.otherCallsMs));
    row('  during the Slack import', waitText(slackUi.otherCallsMs));
  }
} finally {
  temp.remove();
}
