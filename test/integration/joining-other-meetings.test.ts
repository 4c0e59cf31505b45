import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startJoinHarness, type JoinHarness } from '../harness/index.ts';

/** Ids of the rows a note-taker must not learn of: another meeting on the same laptop, and its contents. */
interface Foreign {
  meeting: string;
  event: string;
  why: string;
  root: string;
  note: string;
  item: string;
}

/** Ids of the note-taker's own meeting, to hang references on. */
interface Own {
  meeting: string;
  event: string;
  why: string;
  note: string;
  item: string;
}

type Attempt = (own: Own, target: string) => unknown;

/**
 * Every call a note-taker may make that names an id, directly or inside the input. Each is made twice: once with an
 * id of the other meeting, once with an id that exists nowhere. `target` picks which foreign row is named.
 */
const ATTEMPTS: Array<[string, string, keyof Foreign, Attempt]> = [
  ['meetings.get', 'meetings.get', 'meeting', (_own, id) => ({ id })],
  ['timeline.list', 'timeline.list', 'meeting', (_own, meetingId) => ({ meetingId })],
  ['whys.list', 'whys.list', 'meeting', (_own, meetingId) => ({ meetingId })],
  ['notes.list', 'notes.list', 'meeting', (_own, meetingId) => ({ meetingId })],
  ['conflicts.list', 'conflicts.list', 'meeting', (_own, meetingId) => ({ meetingId })],
  ['participants.list', 'participants.list', 'meeting', (_own, meetingId) => ({ meetingId })],
  ['agenda.get', 'agenda.get', 'meeting', (_own, meetingId) => ({ meetingId })],
  ['actions.list', 'actions.list', 'meeting', (_own, meetingId) => ({ meetingId })],
  ['actions.listDismissedChecks', 'actions.listDismissedChecks', 'meeting', (_own, meetingId) => ({ meetingId })],
  ['changes.since', 'changes.since', 'meeting', (_own, meetingId) => ({ meetingId, revision: 0 })],
  ['timeline.add to the meeting', 'timeline.add', 'meeting', (_own, meetingId) => ({ meetingId, occurredAt: 1, description: 'x' })],
  ['whys.add to the meeting', 'whys.add', 'meeting', (_own, meetingId) => ({ meetingId, parentId: null, text: 'x' })],
  ['notes.add to the meeting', 'notes.add', 'meeting', (_own, meetingId) => ({ meetingId, category: 'lesson', text: 'x' })],
  ['actions.add to the meeting', 'actions.add', 'meeting', (_own, meetingId) => ({ meetingId, title: 'x' })],
  ['timeline.get', 'timeline.get', 'event', (_own, id) => ({ id })],
  ['timeline.update', 'timeline.update', 'event', (_own, id) => ({ id, patch: { description: 'changed' } })],
  ['timeline.delete', 'timeline.delete', 'event', (_own, id) => ({ id })],
  ['whys.update', 'whys.update', 'why', (_own, id) => ({ id, patch: { text: 'changed' } })],
  ['whys.delete', 'whys.delete', 'why', (_own, id) => ({ id })],
  ['notes.update', 'notes.update', 'note', (_own, id) => ({ id, patch: { text: 'changed' } })],
  ['notes.delete', 'notes.delete', 'note', (_own, id) => ({ id })],
  ['actions.update', 'actions.update', 'item', (_own, id) => ({ id, patch: { owner: '@sam' } })],
  ['actions.delete', 'actions.delete', 'item', (_own, id) => ({ id })],
  ['actions.move', 'actions.move', 'item', (_own, id) => ({ id, position: 0 })],
  ['whys.add under a parent', 'whys.add', 'why', (own, parentId) => ({ meetingId: own.meeting, parentId, text: 'Why?' })],
  ['whys.update moving under a parent', 'whys.update', 'why', (own, parentId) => ({ id: own.why, patch: { parentId } })],
  ['actions.add for a why', 'actions.add', 'root', (own, whyId) => ({ meetingId: own.meeting, title: 'Fix it', whyId })],
  ['actions.add for a note', 'actions.add', 'note', (own, noteId) => ({ meetingId: own.meeting, title: 'Fix it', noteId })],
  ['actions.update to a why', 'actions.update', 'root', (own, whyId) => ({ id: own.item, patch: { whyId } })],
  ['actions.update to a note', 'actions.update', 'note', (own, noteId) => ({ id: own.item, patch: { noteId } })],
  ['evidence.list', 'evidence.list', 'meeting', (_own, meetingId) => ({ meetingId })],
  [
    'evidence.addLink to the meeting',
    'evidence.addLink',
    'meeting',
    (own, meetingId) => ({ meetingId, target: 'timeline_event', targetId: own.event, url: 'https://example.com' }),
  ],
  [
    'evidence.addLink to an event',
    'evidence.addLink',
    'event',
    (own, targetId) => ({ meetingId: own.meeting, target: 'timeline_event', targetId, url: 'https://example.com' }),
  ],
  [
    'evidence.addLink to a why',
    'evidence.addLink',
    'why',
    (own, targetId) => ({ meetingId: own.meeting, target: 'why', targetId, url: 'https://example.com' }),
  ],
  [
    'evidence.addLink to a note',
    'evidence.addLink',
    'note',
    (own, targetId) => ({ meetingId: own.meeting, target: 'note', targetId, url: 'https://example.com' }),
  ],
];

describe('a note-taker cannot tell another meeting’s ids from ids that do not exist', () => {
  let harness: JoinHarness;
  let port: number;
  let cookie: string;
  let own: Own;
  let foreign: Foreign;

  const everything = (): string =>
    JSON.stringify(
      ['meetings', 'timeline_events', 'whys', 'notes', 'action_items'].map((table) => harness.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()),
    );
  const callAsNoteTaker = async (method: string, input: unknown) => {
    const reply = await harness.request({
      port,
      path: `/api/call/${method}`,
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(input),
    });
    return { status: reply.status, body: reply.body };
  };

  beforeEach(async () => {
    harness = await startJoinHarness();
    const mine = harness.createMeeting('Checkout outage').id;
    const theirs = harness.createMeeting('Payroll outage (another team)').id;
    const add = <T extends { id: string }>(method: string, input: unknown) => harness.call<T>(method, input).id;
    const ownProblem = add('whys.add', { meetingId: mine, parentId: null, text: 'Checkout failed' });
    own = {
      meeting: mine,
      event: add('timeline.add', { meetingId: mine, occurredAt: 1, description: 'Alert fired' }),
      why: add('whys.add', { meetingId: mine, parentId: ownProblem, text: 'The deploy broke it' }),
      note: add('notes.add', { meetingId: mine, category: 'lesson', text: 'Canary first' }),
      item: add('actions.add', { meetingId: mine, title: 'Add a canary stage' }),
    };
    const theirProblem = add('whys.add', { meetingId: theirs, parentId: null, text: 'Payroll did not run' });
    foreign = {
      meeting: theirs,
      event: add('timeline.add', { meetingId: theirs, occurredAt: 1, description: 'Payroll job failed' }),
      why: theirProblem,
      root: add('whys.add', { meetingId: theirs, parentId: theirProblem, text: 'Cron was disabled', kind: 'root' }),
      note: add('notes.add', { meetingId: theirs, category: 'lesson', text: 'Alert on missed runs' }),
      item: add('actions.add', { meetingId: theirs, title: 'Monitor the cron' }),
    };
    const status = await harness.enable(mine);
    port = status.port!;
    cookie = (await harness.pair(port, 'Priya', status.code!)).cookie;
  });
  afterEach(async () => {
    await harness.stop();
  });

  it.each(ATTEMPTS)('%s: the same status and body for a foreign id as for a made-up one, and nothing changes', async (_name, method, target, attempt) => {
    const before = everything();
    const forForeign = await callAsNoteTaker(method, attempt(own, foreign[target]));
    const forMissing = await callAsNoteTaker(method, attempt(own, randomUUID()));
    expect(forForeign.status).toBeGreaterThanOrEqual(400);
    expect(forForeign).toEqual(forMissing);
    expect(forForeign.body).not.toMatch(/another meeting|Payroll|Cron|payroll/i);
    expect(everything()).toBe(before);
  });
});
