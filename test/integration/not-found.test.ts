import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { ok, databaseSnapshot, useServiceOnTempFile } from '../harness/index.ts';

const MISSING = '3d0f6a52-9c1e-4f7b-8a2d-6e5b4c3a2f10';

/** A call naming a row by an id nothing holds, and the words its not_found answer uses for that row. */
const CALLS: ReadonlyArray<{ method: string; input: (meetingId: string) => unknown; what: string }> = [
  { method: 'meetings.get', input: () => ({ id: MISSING }), what: 'meeting' },
  { method: 'meetings.update', input: () => ({ id: MISSING, patch: { title: 'Renamed' } }), what: 'meeting' },
  { method: 'meetings.delete', input: () => ({ id: MISSING }), what: 'meeting' },
  { method: 'timeline.list', input: () => ({ meetingId: MISSING }), what: 'meeting' },
  { method: 'timeline.add', input: () => ({ meetingId: MISSING, occurredAt: 0, description: 'Pager fired' }), what: 'meeting' },
  { method: 'timeline.get', input: () => ({ id: MISSING }), what: 'timeline event' },
  { method: 'timeline.update', input: () => ({ id: MISSING, patch: { description: 'Changed' } }), what: 'timeline event' },
  { method: 'timeline.delete', input: () => ({ id: MISSING }), what: 'timeline event' },
  { method: 'whys.update', input: () => ({ id: MISSING, patch: { text: 'Changed' } }), what: 'why' },
  { method: 'whys.delete', input: () => ({ id: MISSING }), what: 'why' },
  { method: 'notes.update', input: () => ({ id: MISSING, patch: { text: 'Changed' } }), what: 'note' },
  { method: 'notes.delete', input: () => ({ id: MISSING }), what: 'note' },
  { method: 'conflicts.update', input: () => ({ id: MISSING, patch: { topic: 'Changed' } }), what: 'conflict' },
  { method: 'conflicts.delete', input: () => ({ id: MISSING }), what: 'conflict' },
  { method: 'actions.update', input: () => ({ id: MISSING, patch: { title: 'Changed' } }), what: 'action item' },
  { method: 'actions.move', input: () => ({ id: MISSING, position: 0 }), what: 'action item' },
  { method: 'actions.delete', input: () => ({ id: MISSING }), what: 'action item' },
  { method: 'participants.update', input: () => ({ id: MISSING, patch: { name: 'Sam' } }), what: 'participant' },
  { method: 'participants.remove', input: () => ({ id: MISSING }), what: 'participant' },
  { method: 'agenda.get', input: () => ({ meetingId: MISSING }), what: 'meeting' },
  { method: 'agenda.updateSection', input: () => ({ id: MISSING, patch: { title: 'Changed' } }), what: 'agenda section' },
  { method: 'agenda.removeSection', input: () => ({ id: MISSING }), what: 'agenda section' },
  { method: 'agenda.applyTemplate', input: (meetingId) => ({ meetingId, templateId: MISSING }), what: 'template' },
  { method: 'timer.start', input: () => ({ meetingId: MISSING }), what: 'meeting' },
  { method: 'templates.saveFromMeeting', input: () => ({ meetingId: MISSING, name: 'Ours' }), what: 'meeting' },
  { method: 'changes.since', input: () => ({ meetingId: MISSING, revision: 0 }), what: 'meeting' },
];

describe('a call naming a row that does not exist', () => {
  const fixture = useServiceOnTempFile();

  it.each(CALLS)('$method answers not_found naming the $what and its id, and changes nothing', ({ method, input, what }) => {
    const meetingId = ok<{ id: string }>(dispatch(fixture.service, 'meetings.create', { title: 'Checkout outage' })).id;
    const before = databaseSnapshot(fixture.db);

    const answer = dispatch(fixture.service, method, input(meetingId));

    expect(answer).toEqual({ ok: false, error: { code: 'not_found', message: `No ${what} with id ${MISSING}` } });
    expect(databaseSnapshot(fixture.db)).toEqual(before);
  });
});
