import { writeFileSync } from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportTimelineReport } from '../../src/main/cli/commands/import-timeline.ts';
import { killAllChildren, runCliProcess, useTempDir } from '../harness/index.ts';

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

  it('imports the good rows in the meeting zone and prints each rejected row with its line and reason', async () => {
    const file = temp.file('timeline.csv');
    writeFileSync(file, CSV);
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', file);
    expect(result.code).toBe(1);
    expect(result.stdout.trim()).toBe('Imported 4 events.');
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
    expect(JSON.parse(result.stdout) as ImportTimelineReport).toEqual({ imported: 1, rejected: [] });
    expect(storedRows().map((row) => row.description)).toEqual(['Cache warmed, hit rate 90%']);
  });

  it('--chat reads pasted chat lines', async () => {
    const file = temp.file('chat.txt');
    writeFileSync(file, '[14:05] alice: error rate is up\nstill climbing\n14:07 PagerDuty paged the on-call\n');
    const result = await cli('import-timeline', '--meeting', meetingId, '--file', file, '--chat');
    expect(result).toMatchObject({ code: 0, stdout: 'Imported 2 events.\n' });
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
    expect(bad).toMatchObject({ code: 1, stdout: 'Imported 0 events.\n' });
    expect(bad.stderr).toContain('line 1: header: needs the columns time and event (or description)');
    writeFileSync(file, 'time,event\n14:00,x\n');
    const unknown = await cli('import-timeline', '--meeting', '00000000-0000-4000-8000-000000000000', '--file', file);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No meeting with id');
    expect(storedRows()).toEqual([]);
  });

  it('exits 2 on a wrong command line', async () => {
    expect((await cli('import-timeline', '--file', 'x.csv')).code).toBe(2);
    expect((await cli('import-timeline', '--meeting', meetingId)).code).toBe(2);
  });
});
