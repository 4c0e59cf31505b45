import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { killAllChildren, ok, runCliProcess, seedDatabase, useTempDir } from '../harness/index.ts';

const at = (clock: string) => Date.parse(`2026-11-20T${clock}Z`);

const DEPLOY = 'e1000000-0000-4000-8000-000000000001';
const ERRORS = 'e1000000-0000-4000-8000-000000000002';
const ROLLBACK = 'e1000000-0000-4000-8000-000000000003';
const RECOVERED = 'e1000000-0000-4000-8000-000000000004';
/** An event of another review, which is published. */
const OTHER = 'e1000000-0000-4000-8000-000000000005';
/** Well formed, but no event has it. */
const UNKNOWN = 'e1000000-0000-4000-8000-0000000000ff';

interface ListedEvent {
  id: string;
  description: string;
  keyMoment: boolean;
}

/** Issue 17: `timeline list`, `timeline star` and `timeline unstar` from the command line, run as a process. */
describe('npm run cli -- timeline (as a process)', () => {
  const temp = useTempDir('debrief-cli-timeline-');
  let databasePath: string;
  let meetingId: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);
  const listJson = async (...flags: string[]): Promise<ListedEvent[]> => {
    const result = await cli('timeline', 'list', '--meeting', meetingId, '--json', ...flags);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    return JSON.parse(result.stdout) as ListedEvent[];
  };
  const starredIds = async () => (await listJson()).filter((event) => event.keyMoment).map((event) => event.id);

  beforeEach(async () => {
    databasePath = temp.file('debrief.sqlite');
    meetingId = await seedDatabase(databasePath, (service) => {
      const call = (method: string, input: unknown) => dispatch(service, method, input);
      // Berlin is an hour ahead of UTC in November: the list shows 15:05 for 14:05 UTC.
      const meeting = ok<Meeting>(call('meetings.create', { title: 'Checkout outage', incidentId: 'INC-311', timeZone: 'Europe/Berlin' }));
      const slack = { source: 'slack_import', origin: '#inc-311' };
      const add = (input: Record<string, unknown>) => ok(call('timeline.add', { meetingId: meeting.id, ...input }));
      // Added out of time order: the list is in time order all the same.
      add({ id: RECOVERED, occurredAt: at('14:20:00'), description: 'Error rate back to normal', actor: 'Grafana', ...slack });
      add({ id: DEPLOY, occurredAt: at('13:58:30'), precision: 'second', description: 'Deploy of checkout 4.2 started', actor: 'deploybot', ...slack });
      add({ id: ERRORS, occurredAt: at('14:05:00'), description: 'Error rate above 5 %', actor: 'Sarah Cohen', ...slack });
      // Typed text with a newline, a terminal escape and a right-to-left override.
      add({ id: ROLLBACK, occurredAt: at('14:09:00'), description: 'Rollback\ndecided\u202e by\u001b[2J the on-call', source: 'manual' });

      const other = ok<Meeting>(call('meetings.create', { title: 'Search slowdown', timeZone: 'UTC' }));
      ok(call('timeline.add', { id: OTHER, meetingId: other.id, occurredAt: at('09:00:00'), description: 'Search latency alert' }));
      ok(call('review.setState', { meetingId: other.id, state: 'in_review' }));
      ok(call('review.setState', { meetingId: other.id, state: 'published' }));
      return meeting.id;
    });
  });

  afterEach(killAllChildren);

  it('lists the timeline in time order, in the meeting’s time zone, with sources, actors and ids, one event a line', async () => {
    const result = await cli('timeline', 'list', '--meeting', meetingId);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'Timeline of INC-311 Checkout outage: 4 events, 0 key moments; times in Europe/Berlin',
      'KEY  TIME                 ID                                    SOURCE            ACTOR        DESCRIPTION',
      `     2026-11-20 14:58:30  ${DEPLOY}  Slack · #inc-311  deploybot    Deploy of checkout 4.2 started`,
      `     2026-11-20 15:05     ${ERRORS}  Slack · #inc-311  Sarah Cohen  Error rate above 5 %`,
      `     2026-11-20 15:09     ${ROLLBACK}  Typed             -            Rollback decided by [2J the on-call`,
      `     2026-11-20 15:20     ${RECOVERED}  Slack · #inc-311  Grafana      Error rate back to normal`,
    ]);
  });

  it('stars two events, lists them with and without --key-moments, as text and JSON, then unstars one', async () => {
    const star = await cli('timeline', 'star', '--event', ERRORS, '--event', ROLLBACK);
    expect(star).toMatchObject({ code: 0, stderr: '' });
    expect(star.stdout.trimEnd().split('\n')).toEqual([`Starred ${ERRORS}: Error rate above 5 %`, `Starred ${ROLLBACK}: Rollback decided by [2J the on-call`]);

    const all = await cli('timeline', 'list', '--meeting', meetingId);
    expect(all.code).toBe(0);
    const allLines = all.stdout.trimEnd().split('\n');
    expect(allLines[0]).toBe('Timeline of INC-311 Checkout outage: 4 events, 2 key moments; times in Europe/Berlin');
    expect(
      allLines.slice(2).map((row) => [row.startsWith('★'), row.includes(DEPLOY) || row.includes(ERRORS) || row.includes(ROLLBACK) || row.includes(RECOVERED)]),
    ).toEqual([
      [false, true],
      [true, true],
      [true, true],
      [false, true],
    ]);
    expect(allLines[3]).toBe(`★    2026-11-20 15:05     ${ERRORS}  Slack · #inc-311  Sarah Cohen  Error rate above 5 %`);

    const key = await cli('timeline', 'list', '--meeting', meetingId, '--key-moments');
    expect(key).toMatchObject({ code: 0, stderr: '' });
    expect(key.stdout.trimEnd().split('\n')).toEqual([
      'Timeline of INC-311 Checkout outage: 4 events, 2 key moments; times in Europe/Berlin',
      'KEY  TIME              ID                                    SOURCE            ACTOR        DESCRIPTION',
      `★    2026-11-20 15:05  ${ERRORS}  Slack · #inc-311  Sarah Cohen  Error rate above 5 %`,
      `★    2026-11-20 15:09  ${ROLLBACK}  Typed             -            Rollback decided by [2J the on-call`,
    ]);

    expect((await listJson()).map((event) => [event.id, event.keyMoment])).toEqual([
      [DEPLOY, false],
      [ERRORS, true],
      [ROLLBACK, true],
      [RECOVERED, false],
    ]);
    const keyJson = await listJson('--key-moments');
    expect(keyJson.map((event) => event.id)).toEqual([ERRORS, ROLLBACK]);
    // JSON carries the text as typed; only the terminal text is made safe.
    expect(keyJson[1]?.description).toBe('Rollback\ndecided\u202e by\u001b[2J the on-call');

    const again = await cli('timeline', 'star', '--event', ERRORS, '--json');
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as ListedEvent[]).map((event) => [event.id, event.keyMoment])).toEqual([[ERRORS, true]]);

    const unstar = await cli('timeline', 'unstar', '--event', ERRORS);
    expect(unstar).toMatchObject({ code: 0, stderr: '', stdout: `Unstarred ${ERRORS}: Error rate above 5 %\n` });
    expect(await starredIds()).toEqual([ROLLBACK]);
    expect((await listJson('--key-moments')).map((event) => event.id)).toEqual([ROLLBACK]);
  });

  it('says so when there are no key moments yet', async () => {
    const result = await cli('timeline', 'list', '--meeting', meetingId, '--key-moments');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('No key moments yet');
    expect(await listJson('--key-moments')).toEqual([]);
  });

  it('names an unknown id, exits 1 and stars none of the ids given with it', async () => {
    const result = await cli('timeline', 'star', '--event', ERRORS, '--event', UNKNOWN);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`error: No timeline event with id ${UNKNOWN}`);
    expect(result.stderr).toContain('Nothing was changed.');
    expect(await starredIds()).toEqual([]);
  });

  it('names a malformed id, exits 1 and unstars none of the ids given with it; --json gives the error as JSON', async () => {
    expect((await cli('timeline', 'star', '--event', DEPLOY)).code).toBe(0);
    const result = await cli('timeline', 'unstar', '--event', DEPLOY, '--event', 'not-an-id');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: --event "not-an-id": id: must be an id (UUID)');
    expect(await starredIds()).toEqual([DEPLOY]);

    const json = await cli('timeline', 'unstar', '--event', 'not-an-id', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stderr)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('not-an-id') } });
  });

  it('names every bad id at once, each on one line even when it holds control characters', async () => {
    const result = await cli('timeline', 'star', '--event', 'bad\u001b]0;x\u0007id', '--event', UNKNOWN);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'error: --event "bad ]0;x id": id: must be an id (UUID)',
      `error: No timeline event with id ${UNKNOWN}`,
      'Nothing was changed.',
    ]);
  });

  it('sets an event back when the app refuses a later one (a published review), so nothing is half-done', async () => {
    const result = await cli('timeline', 'star', '--event', ERRORS, '--event', OTHER);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Event ${OTHER}: This review is published`);
    expect(result.stderr).toContain('Nothing was changed.');
    expect(await starredIds()).toEqual([]);
  });

  it('refuses a wrong command line with exit code 2, and an unknown meeting with exit code 1', async () => {
    expect((await cli('timeline')).code).toBe(2);
    expect((await cli('timeline', 'star')).code).toBe(2);
    expect((await cli('timeline', 'list')).code).toBe(2);
    expect((await cli('timeline', 'erase', '--event', ERRORS)).code).toBe(2);
    expect((await cli('timeline', 'star', '--event', ERRORS, '--meeting', meetingId)).code).toBe(2);

    const missing = await cli('timeline', 'list', '--meeting', UNKNOWN);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`No meeting with id ${UNKNOWN}`);
    const malformed = await cli('timeline', 'list', '--meeting', 'INC-311');
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('--meeting "INC-311"');
  });

  it('is documented by help timeline', async () => {
    const help = await cli('help', 'timeline');
    expect(help.code).toBe(0);
    for (const flag of ['list', 'star', 'unstar', '--meeting ID', '--key-moments', '--event ID']) expect(help.stdout).toContain(flag);
    const general = await cli('help');
    expect(general.stdout).toMatch(/^ {2}timeline {2,}/m);
  });
});
