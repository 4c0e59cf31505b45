import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open.ts';
import { getMeeting } from '../../src/main/db/repositories/meetings.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { killAllChildren, runCliProcess, useTempDir } from '../harness/index.ts';

/** The issue: "No screen or CLI command sets the summary." `set` writes it, and the other report fields, from a terminal. */
describe('npm run cli -- set (as a process)', () => {
  const temp = useTempDir('debrief-cli-set-');
  let databasePath: string;
  let meetingId: string;
  const cli = (args: string[], input?: string) => runCliProcess([...args, '--db', databasePath], {}, input === undefined ? {} : { input });
  const stored = async (): Promise<Meeting> => {
    const db = await openDatabase(databasePath);
    try {
      const meeting = getMeeting(db, meetingId);
      if (!meeting) throw new Error('the meeting is gone');
      return meeting;
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    databasePath = temp.file(path.join('data', 'debrief.sqlite'));
    const created = await cli(['create', '--title', 'Checkout outage', '--incident', 'INC-2041']);
    expect(created.code).toBe(0);
    meetingId = created.stdout.trim();
  });
  afterEach(killAllChildren);

  it('sets the summary from a flag and says what changed', async () => {
    const result = await cli(['set', '--meeting', meetingId, '--summary', '  Card payments failed for 43 minutes after a config rollout.  ']);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: `Updated ${meetingId}: --summary\n` });
    expect((await stored()).summary).toBe('Card payments failed for 43 minutes after a config rollout.');
  });

  it('reads the summary from standard input with "-", keeping its lines', async () => {
    const text = 'Card payments failed for 43 minutes.\n\nFailed orders were replayed; none was lost. — مرحبا\n';
    const result = await cli(['set', '--meeting', meetingId, '--summary', '-', '--json'], text);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Meeting;
    expect(printed.summary).toBe('Card payments failed for 43 minutes.\n\nFailed orders were replayed; none was lost. — مرحبا');
    expect((await stored()).summary).toBe(printed.summary);
  });

  it('sets several fields at once, the incident-workflow ones included, and leaves the others as they were', async () => {
    expect((await cli(['set', '--meeting', meetingId, '--summary', 'Kept'])).code).toBe(0);
    const result = await cli([
      'set',
      '--meeting',
      meetingId,
      '--service',
      'payment-gateway',
      '--service',
      'checkout-api',
      '--service',
      'PAYMENT-GATEWAY',
      '--hypothesis',
      'The card processor is down',
      '--follow-up-on',
      '2026-12-24',
      '--severity',
      'SEV2',
    ]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(await stored()).toMatchObject({
      summary: 'Kept',
      servicesAffected: ['payment-gateway', 'checkout-api'],
      initialHypothesis: 'The card processor is down',
      followUpReviewOn: '2026-12-24',
      severity: 'SEV2',
    });
    expect((await cli(['set', '--meeting', meetingId, '--no-services', '--follow-up-on', ''])).code).toBe(0);
    expect(await stored()).toMatchObject({ servicesAffected: [], followUpReviewOn: null, initialHypothesis: 'The card processor is down' });
  });

  it("sets the mitigation metrics and the next update, read in the meeting's time zone", async () => {
    const created = await cli(['create', '--title', 'Berlin outage']);
    meetingId = created.stdout.trim();
    // The meeting's zone is UTC unless set; a Berlin review reads 03:00 as 02:00 UTC in November.
    const db = await openDatabase(databasePath);
    db.prepare("UPDATE meetings SET time_zone = 'Europe/Berlin' WHERE id = ?").run(meetingId);
    db.close();
    const result = await cli([
      'set',
      '--meeting',
      meetingId,
      '--metric',
      'Card payment failure rate: 18 % -> 0.4 %',
      '--metric',
      'Gateway p99 latency — 3.0 s → 4.8 s',
      '--next-update',
      '2026-11-20 03:00',
    ]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(await stored()).toMatchObject({
      metrics: [
        { metric: 'Card payment failure rate', before: '18 %', after: '0.4 %' },
        { metric: 'Gateway p99 latency', before: '3.0 s', after: '4.8 s' },
      ],
      nextUpdateAt: Date.UTC(2026, 10, 20, 2, 0),
    });
    expect((await cli(['set', '--meeting', meetingId, '--no-metrics', '--next-update', ''])).code).toBe(0);
    expect(await stored()).toMatchObject({ metrics: [], nextUpdateAt: null });

    const badMetric = await cli(['set', '--meeting', meetingId, '--metric', 'Error rate went down']);
    expect(badMetric.code).toBe(2);
    expect(badMetric.stderr).toMatch(/^error: --metric \(value 1\): must read "METRIC: BEFORE -> AFTER"/);
    const badTime = await cli(['set', '--meeting', meetingId, '--next-update', 'tomorrow']);
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toMatch(/^error: --next-update: must be a date and time as "YYYY-MM-DD HH:MM" in the meeting's time zone \(Europe\/Berlin\)/);
  });

  it('refuses a bad value naming the flag, and changes nothing', async () => {
    const before = await stored();
    const tooLong = await cli(['set', '--meeting', meetingId, '--summary', 'x'.repeat(20_001)]);
    expect(tooLong).toMatchObject({ code: 1, stdout: '', stderr: 'error: --summary: must be at most 20000 characters\n' });
    const badDate = await cli(['set', '--meeting', meetingId, '--follow-up-on', '24.12.2026']);
    expect(badDate).toMatchObject({ code: 1, stderr: 'error: --follow-up-on: must be a date as YYYY-MM-DD\n' });
    const emptyService = await cli(['set', '--meeting', meetingId, '--service', 'checkout', '--service', ' ']);
    expect(emptyService).toMatchObject({ code: 1, stderr: 'error: --service (value 2): must not be empty\n' });
    const longBefore = await cli(['set', '--meeting', meetingId, '--metric', `Errors: ${'9'.repeat(201)} -> 1`]);
    expect(longBefore).toMatchObject({ code: 1, stderr: 'error: --metric (value 1, before): must be at most 200 characters\n' });
    expect(await stored()).toEqual(before);
  });

  it('refuses a command line that changes nothing or reads standard input twice', async () => {
    const nothing = await cli(['set', '--meeting', meetingId]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/^error: set needs at least one field to change, e\.g\. --summary TEXT\n\nusage: npm run cli -- set /);
    const twice = await cli(['set', '--meeting', meetingId, '--summary', '-', '--hypothesis', '-'], 'text');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^error: only one flag can read standard input \("-"\); --summary and --hypothesis both ask for it/);
    const noMeeting = await cli(['set', '--summary', 'x']);
    expect(noMeeting).toMatchObject({ code: 2 });
    expect(noMeeting.stderr).toMatch(/^error: set needs --meeting ID/);
  });

  it('says so when the meeting does not exist', async () => {
    const result = await cli(['set', '--meeting', '00000000-0000-4000-8000-000000000000', '--summary', 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*00000000-0000-4000-8000-000000000000/);
  });
});
