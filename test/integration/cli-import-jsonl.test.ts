import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { killAllChildren, ok, runCliProcess, seedDatabase, useTempDir } from '../harness/index.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/timeline-formats/jsonl');
const fixture = (name: string) => path.join(FIXTURES, name);

/** Issue 17: `import-timeline` reads JSON Lines logs, guessing the fields or taking --time-field, --message-field, --actor-field. */
describe('npm run cli -- import-timeline with JSON Lines (as a process)', () => {
  const temp = useTempDir('debrief-cli-jsonl-');
  let databasePath: string;
  let meetingId: string;
  const cli = (...args: string[]) => runCliProcess(['import-timeline', '--meeting', meetingId, ...args, '--db', databasePath]);
  /** The meeting's timeline as timeline.list returns it, in display order. */
  const stored = () => seedDatabase(databasePath, (service) => ok<TimelineEvent[]>(dispatch(service, 'timeline.list', { meetingId })));
  const summary = (events: TimelineEvent[]) => events.map((event) => [new Date(event.occurredAt).toISOString(), event.description, event.actor]);

  beforeEach(async () => {
    databasePath = temp.file(path.join('data', 'debrief.sqlite'));
    // The incident started late on 20 November 2026 in New York (UTC-05:00) and ran past midnight UTC.
    meetingId = await seedDatabase(databasePath, (service) => {
      const meeting = ok<Meeting>(dispatch(service, 'meetings.create', { title: 'Payments pool exhausted', timeZone: 'America/New_York' }));
      ok(dispatch(service, 'meetings.update', { id: meeting.id, patch: { incidentStartedAt: Date.parse('2026-11-20T23:55:00Z') } }));
      return meeting.id;
    });
  });
  afterEach(killAllChildren);

  it('recognises journalctl -o json and guesses its fields: µs times, byte-list messages, the unit as actor', async () => {
    const result = await cli('--file', fixture('journal.json'));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Imported 7 events; skipped 0 likely duplicates; rejected 3 rows.\n');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'Rejected 3 rows:',
      '  line 5: record: is not JSON',
      '  line 8: message: is null (journalctl writes null for a value larger than its export limit)',
      '  line 9: description: must be at most 5000 characters',
    ]);
    const events = await stored();
    expect(summary(events)).toEqual([
      ['2026-11-20T23:58:01.250Z', 'Started nightly vacuum of the payments database.', 'pg-vacuum.service'],
      ['2026-11-20T23:59:30.000Z', 'connection pool exhausted (64/64 in use)', 'pgbouncer.service'],
      ['2026-11-21T00:00:02.999Z', 'worker 3 died\nsignal: SIGKILL (שגיאה)', 'pgbouncer.service'],
      ['2026-11-21T00:00:05.000Z', 'Out of memory: Killed process 4242 (postgres)', ''],
      ['2026-11-21T00:01:00.000Z', 'operator note: <script>alert("x")</script> \u202eetalpmet\u202c restarted by hand', 'pg-admin.service'],
      ['2026-11-21T00:02:10.500Z', 'bell \u0007 and escape \u001b[31mred\u001b[0m in a message', 'pg-admin.service'],
      ['2026-11-21T00:05:00.000Z', 'payments database accepting connections again', 'postgresql@16-main.service'],
    ]);
    expect(new Set(events.map((event) => [event.source, event.origin, event.phase, event.precision].join(' ')))).toEqual(
      new Set(['jsonl_import journal.json other second']),
    );
  });

  it('takes the fields named by the flags, nested paths included', async () => {
    const journal = await cli('--file', fixture('journal.json'), '--actor-field', 'SYSLOG_IDENTIFIER', '--json');
    expect(journal.code).toBe(0);
    expect((await stored()).map((event) => event.actor)).toEqual(['systemd', 'pgbouncer', 'pgbouncer', 'kernel', 'pg-admin', 'pg-admin', 'postgres']);

    const app = await cli('--file', fixture('app-bunyan.log'), '--time-field', 'time', '--message-field', 'err.message', '--actor-field', 'hostname');
    expect(app.code).toBe(0);
    expect(app.stdout).toBe('Imported 1 event; skipped 0 likely duplicates; rejected 12 rows.\n');
    expect(app.stderr).toContain('  line 1: message: the field "err.message" is missing\n');
    expect(app.stderr).toContain('  line 10: time: "soon" is not a time (use HH:MM, YYYY-MM-DD HH:MM or ISO 8601)\n');
    expect(summary(await stored()).filter(([, , actor]) => actor === 'web-2')).toEqual([['2026-11-21T00:00:01.125Z', 'timeout acquiring connection', 'web-2']]);
  });

  it('reads a Bunyan-style log with offsets, and a time without one in the meeting zone', async () => {
    const result = await cli('--file', fixture('app-bunyan.log'), '--format', 'jsonl');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Imported 8 events; skipped 0 likely duplicates; rejected 5 rows.\n');
    expect(summary(await stored())).toEqual([
      ['2026-11-20T23:57:00.000Z', 'checkout service started', 'checkout'],
      ['2026-11-20T23:58:59.500Z', 'payment call slow', 'checkout'],
      ['2026-11-21T00:00:01.125Z', 'payment failed: pool exhausted', 'checkout'],
      ['2026-11-21T00:00:30.000Z', 'مستخدم user רחל retried the payment', 'checkout'],
      ['2026-11-21T00:01:00.000Z', '<script>alert(1)</script><img src=x onerror=alert(2)>', 'checkout'],
      ['2026-11-21T00:02:00.000Z', 'tab\there, bell \u0007, escape \u001b[2J done', 'checkout'],
      ['2026-11-21T00:03:00.000Z', 'local time without an offset', 'checkout'],
      ['2026-11-21T00:05:00.999Z', 'traffic back to normal', 'checkout'],
    ]);
  });

  it('reads a Docker json-file log and keeps only the --from/--until window', async () => {
    const result = await cli('--file', fixture('docker-json-file.log'), '--from', '2026-11-21T00:00Z', '--until', '2026-11-21 00:01:30 UTC');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Imported 3 events; skipped 0 likely duplicates; rejected 2 rows.\n');
    expect(summary(await stored())).toEqual([
      ['2026-11-21T00:00:01.000Z', 'level=error msg="upstream timed out" upstream=payments', ''],
      ['2026-11-21T00:00:45.500Z', 'עדכון: rollback started by <b>dana</b>', ''],
      ['2026-11-21T00:01:00.000Z', 'B tail of the long line', ''],
    ]);
  });

  it('says which fields it saw when it cannot guess one, or a flag names a field no record has, and writes nothing', async () => {
    const file = temp.file('events.jsonl');
    writeFileSync(
      file,
      [
        { at: { when: '2026-11-21T00:10:00Z' }, payload: { text: 'disk full' }, who: { name: 'dana' } },
        { at: { when: '2026-11-21T00:12:00Z' }, payload: { text: 'disk cleaned' }, who: { name: 'noor' } },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n'),
    );
    const unguessed = await cli('--file', file);
    expect(unguessed.code).toBe(1);
    expect(unguessed.stdout).toBe('Imported 0 events; skipped 0 likely duplicates; rejected 1 row.\n');
    expect(unguessed.stderr).toBe(
      'Rejected 1 row:\n  line 1: time field: no field clearly holds a time; choose one (--time-field); fields seen: at.when, payload.text, who.name\n',
    );

    const typo = await cli('--file', fixture('docker-json-file.log'), '--time-field', 'ts');
    expect(typo.code).toBe(1);
    expect(typo.stderr).toBe('Rejected 1 row:\n  line 1: time field "ts": not found in any record; fields seen: log, stream, time\n');
    expect(await stored()).toEqual([]);

    const chosen = await cli('--file', file, '--time-field', 'at.when', '--message-field', 'payload.text', '--actor-field', 'who.name');
    expect(chosen).toMatchObject({ code: 0, stdout: 'Imported 2 events; skipped 0 likely duplicates; rejected 0 rows.\n', stderr: '' });
    expect(summary(await stored())).toEqual([
      ['2026-11-21T00:10:00.000Z', 'disk full', 'dana'],
      ['2026-11-21T00:12:00.000Z', 'disk cleaned', 'noor'],
    ]);
  });

  it('skips the lines of a log imported twice as likely duplicates', async () => {
    expect((await cli('--file', fixture('docker-json-file.log'))).code).toBe(0);
    const again = await cli('--file', fixture('docker-json-file.log'), '--json');
    // Its two bad lines are rejected again and nothing new is imported: exit 1, as for any format.
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, skippedDuplicates: 5, rejected: [{ line: 4 }, { line: 6 }] });
    expect(await stored()).toHaveLength(5);
  });
});
