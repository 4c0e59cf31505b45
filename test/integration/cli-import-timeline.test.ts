import { writeFileSync } from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportTimelineReport } from '../../src/main/cli/commands/import-timeline.ts';
import { killAllChildren, runCliProcess, timelineCsv, useTempDir } from '../harness/index.ts';

/** A seed-002-style timeline as a spreadsheet would save it: quoted commas, doubled quotes, a line break, bad rows. */
const CSV = [
  '\uFEFFTime,Event,Actor,Phase,Ticket',
  '14:00,Deployment started,CI/CD,trigger,',
  '14:05,"Error rate increased, p99 above 4 s",Monitoring,detection,OPS-1',
  '14:07,"Pager said ""SEV2""',
  'and the on-call acknowledged",PagerDuty,response,',
  'soon,Someone joined the bridge,,response,',
  '14:20,"Rollback finished",Deploy bot,aftermath,',
  '2026-11-20 13:30 UTC,Traffic returned to normal,,resolution,',
  '14:40,,,,',
  '14:41,\u200b\u200b,,,',
  '14:42,Cache\u0000warmed,,,',
].join('\r\n');

describe('npm run cli -- import-timeline (as a process)', () => {
  const temp = useTempDir('debrief-cli-import-');
  let databasePath: string;
  let meetingId: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);
  const storedRows = () => {
    const db = new DatabaseConstructor(databasePath, { readonly: true });
    try {
      return db.prepare('SELECT occurred_at, description, actor, phase, source FROM timeline_events ORDER BY occurred_at, created_at').all() as Array<{
        occurred_at: number;
        description: string;
        actor: string;
        phase: string;
        source: string;
      }>;
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    databasePath = temp.file(path.join('data', 'debrief.sqlite'));
    const created = await cli('create', '--title', 'Checkout outage');
    meetingId = created.stdout.trim();
    // The meeting reviews an incident on 20 November 2026 in New York (UTC-05:00 then).
    const db = new DatabaseConstructor(databasePath);
    db.prepare("UPDATE meetings SET time_zone = 'America/New_York', incident_started_at = ? WHERE id = ?").run(Date.parse('2026-11-20T18:55:00Z'), meetingId);
    db.close();
  });
  afterEach(killAllChildren);

  it('imports the good rows in the meeting zone, prints each rejected row with its line and reason, and exits 0', async () => {
    const file = temp.file('timeline.csv');
    writeFileSync(file, CSV);
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', file);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('Imported 4 events; skipped 0 likely duplicates; rejected 5 rows.');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'Rejected 5 rows:',
      '  line 6: time: "soon" is not a time (use HH:MM, YYYY-MM-DD HH:MM or ISO 8601)',
      '  line 7: phase: "aftermath" is not one of trigger, detection, response, mitigation, resolution, other',
      '  line 9: description: must not be empty',
      '  line 10: description: must not be empty',
      '  line 11: description: must not contain the NUL character (U+0000); remove it and try again',
    ]);
    expect(storedRows().map((row) => [new Date(row.occurred_at).toISOString(), row.description, row.actor, row.phase, row.source])).toEqual([
      ['2026-11-20T13:30:00.000Z', 'Traffic returned to normal', '', 'resolution', 'csv_import'],
      ['2026-11-20T19:00:00.000Z', 'Deployment started', 'CI/CD', 'trigger', 'csv_import'],
      ['2026-11-20T19:05:00.000Z', 'Error rate increased, p99 above 4 s', 'Monitoring', 'detection', 'csv_import'],
      ['2026-11-20T19:07:00.000Z', 'Pager said "SEV2"\nand the on-call acknowledged', 'PagerDuty', 'response', 'csv_import'],
    ]);
  });

  it('--json prints the count and the rejected rows; a clean file exits 0', async () => {
    const file = temp.file('clean.csv');
    writeFileSync(file, 'description,time,ACTOR\n"Cache warmed, hit rate 90%",14:30,ops\n');
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', file, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout) as ImportTimelineReport).toEqual({ imported: 1, skippedDuplicates: 0, rejected: [], duplicates: [] });
    expect(storedRows().map((row) => row.description)).toEqual(['Cache warmed, hit rate 90%']);
  });

  it('--chat reads pasted chat lines', async () => {
    const file = temp.file('chat.txt');
    writeFileSync(file, '[14:05] alice: error rate is up\nstill climbing\n14:07 PagerDuty paged the on-call\n');
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', file, '--format', 'chat');
    expect(result).toMatchObject({ code: 0, stdout: 'Imported 2 events; skipped 0 likely duplicates; rejected 0 rows.\n' });
    expect(storedRows().map((row) => [row.actor, row.description, row.source])).toEqual([
      ['alice', 'error rate is up\nstill climbing', 'chat_import'],
      ['', 'PagerDuty paged the on-call', 'chat_import'],
    ]);
  });

  it('writes nothing when the file cannot be read, and names the file', async () => {
    const missing = temp.file('nope.csv');
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', missing);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error: cannot read ${missing}`);
    expect(storedRows()).toEqual([]);
  });

  it('writes nothing when no row can be imported, and refuses an unknown meeting', async () => {
    const file = temp.file('bad.csv');
    writeFileSync(file, 'when,what\n14:00,x\n');
    const bad = await cli('import-timeline', '--meeting', meetingId, '--file', file);
    expect(bad).toMatchObject({ code: 1, stdout: 'Imported 0 events; skipped 0 likely duplicates; rejected 1 row.\n' });
    expect(bad.stderr).toContain('line 1: header: needs the columns time and event (or description)');
    writeFileSync(file, 'time,event\n14:00,x\n');
    const unknown = await cli('import-timeline', '--meeting', '00000000-0000-4000-8000-000000000000', '--file', file);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No meeting with id');
    expect(storedRows()).toEqual([]);
  });

  it('imports 11 of 12 rows when one has a stray quote, and names its line', async () => {
    const file = temp.file('stray.csv');
    const rows = Array.from({ length: 12 }, (_, index) => `14:${String(10 + index)},"Step ${index + 1}, checked",ops,response`);
    rows[3] = '14:13,"Step 4 has a stray quote,ops,response';
    writeFileSync(file, ['time,event,actor,phase', ...rows].join('\n'));
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Imported 11 events; skipped 0 likely duplicates; rejected 1 row.\n');
    expect(result.stderr).toBe('Rejected 1 row:\n  line 5: row: a quoted field is never closed (a " is missing)\n');
    expect(storedRows()).toHaveLength(11);
  });

  it('lists the first 20 rejected rows, all of them with --verbose or --json, and exits 0 once a row is in', async () => {
    const file = temp.file('many-bad.csv');
    const bad = Array.from({ length: 25 }, (_, index) => `later,bad row ${index}`);
    writeFileSync(file, ['time,event', '10:00,good row', ...bad].join('\n'));
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', file, '--keep-duplicates');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Imported 1 event; skipped 0 likely duplicates; rejected 25 rows.\n');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[0]).toBe('Rejected 25 rows:');
    expect(lines[1]).toBe('  line 3: time: "later" is not a time (use HH:MM, YYYY-MM-DD HH:MM or ISO 8601)');
    expect(lines[20]).toMatch(/^ {2}line 22: /);
    expect(lines[21]).toBe('  ... and 5 more (--verbose lists them all)');

    const verbose = await cli('import-timeline', '--meeting', meetingId, '--file', file, '--keep-duplicates', '--verbose');
    expect(verbose.code).toBe(0);
    const verboseLines = verbose.stderr.trimEnd().split('\n');
    expect(verboseLines).toHaveLength(26);
    expect(verboseLines[25]).toMatch(/^ {2}line 27: /);

    const json = await cli('import-timeline', '--meeting', meetingId, '--file', file, '--keep-duplicates', '--json');
    const report = JSON.parse(json.stdout) as ImportTimelineReport;
    expect(report).toMatchObject({ imported: 1, skippedDuplicates: 0, duplicates: [] });
    expect(report.rejected.map((row) => row.line)).toEqual(Array.from({ length: 25 }, (_, index) => index + 3));
    expect(storedRows().map((row) => row.description)).toEqual(['good row', 'good row', 'good row']);
  });

  it('skips the chat lines that repeat the CSV of the same incident, and --keep-duplicates imports them', async () => {
    const csv = temp.file('timeline.csv');
    writeFileSync(csv, 'time,event,actor\n14:05,"Error rate is up, p99 above 4 s",alice\n14:07,paged the on-call,PagerDuty\n14:09,Rollback started,bob\n');
    expect((await cli('import-timeline', '--meeting', meetingId, '--file', csv)).code).toBe(0);
    const chat = temp.file('chat.txt');
    writeFileSync(
      chat,
      '[14:05] alice: error rate is up - p99 above 4s\n14:07 PagerDuty paged the on-call\n[14:09] bob: rollback finished\n[14:09] bob: rollback finished\n',
    );
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', chat, '--format', 'chat');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'Imported 1 event; skipped 3 likely duplicates; rejected 0 rows.',
        'Skipped as likely duplicates (same minute, similar text; --keep-duplicates imports them):',
        '  line 1: like an event already in the meeting',
        '  line 2: like an event already in the meeting',
        '  line 4: like an earlier row of this file',
        '',
      ].join('\n'),
    );
    expect(storedRows().map((row) => row.description)).toEqual([
      'Error rate is up, p99 above 4 s',
      'paged the on-call',
      'Rollback started',
      'rollback finished',
    ]);

    const again = await cli('import-timeline', '--meeting', meetingId, '--file', chat, '--format', 'chat', '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout) as ImportTimelineReport).toEqual({
      imported: 0,
      skippedDuplicates: 4,
      rejected: [],
      duplicates: [
        { line: 1, of: 'meeting' },
        { line: 2, of: 'meeting' },
        { line: 3, of: 'meeting' },
        { line: 4, of: 'meeting' },
      ],
    });
    const kept = await cli('import-timeline', '--meeting', meetingId, '--file', chat, '--format', 'chat', '--keep-duplicates');
    expect(kept).toMatchObject({ code: 0, stdout: 'Imported 4 events; skipped 0 likely duplicates; rejected 0 rows.\n' });
    expect(storedRows()).toHaveLength(8);
  });

  it('exits 1 when rows were rejected and none was imported, even with duplicates skipped', async () => {
    const file = temp.file('dup-and-bad.csv');
    writeFileSync(file, 'time,event\n10:00,Cache flushed\n');
    expect((await cli('import-timeline', '--meeting', meetingId, '--file', file)).code).toBe(0);
    writeFileSync(file, 'time,event\n10:00,cache flushed!\nsoon,Someone joined\n');
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', file);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('Imported 0 events; skipped 1 likely duplicate; rejected 1 row.');
    expect(storedRows()).toHaveLength(1);
  });

  it('says on stderr how far a large import has got after each chunk but the last, and nothing of it with --json', async () => {
    const file = temp.file('large.csv');
    writeFileSync(file, timelineCsv(12_000));
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Imported 12,000 events; skipped 0 likely duplicates; rejected 0 rows.\n');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const stored = lines.map((line) => Number(/^Stored ([\d,]+) of 12,000 events…$/.exec(line)?.[1]?.replaceAll(',', '')));
    expect(stored.every((count, index) => count > (stored[index - 1] ?? 0) && count < 12_000)).toBe(true);

    const quiet = await cli('import-timeline', '--meeting', meetingId, '--file', file, '--keep-duplicates', '--json');
    expect(quiet.stderr).toBe('');
    expect((JSON.parse(quiet.stdout) as ImportTimelineReport).imported).toBe(12_000);
  });

  it('exits 2 on a wrong command line', async () => {
    expect((await cli('import-timeline', '--file', 'x.csv')).code).toBe(2);
    expect((await cli('import-timeline', '--meeting', meetingId)).code).toBe(2);
  });
});
