import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { ok, databaseSnapshot, useServiceOnTempFile } from '../harness/index.ts';

const CLIENT_ID = '6f1c2a8e-4b7d-4e39-9a0c-2d5e8f7b1a43';

/** Each add that takes a client-chosen id, the input that adds one row to `meetingId`, and the name its errors use. */
const ADDS = [
  {
    method: 'timeline.add',
    list: 'timeline.list',
    what: 'timeline event',
    input: (meetingId: string) => ({ meetingId, occurredAt: Date.UTC(2026, 0, 5, 9, 0), description: 'Pager fired' }),
  },
  { method: 'whys.add', list: 'whys.list', what: 'why', input: (meetingId: string) => ({ meetingId, parentId: null, text: 'Checkout returned 502s' }) },
  { method: 'notes.add', list: 'notes.list', what: 'note', input: (meetingId: string) => ({ meetingId, category: 'went_well', text: 'Rollback was quick' }) },
  { method: 'conflicts.add', list: 'conflicts.list', what: 'conflict', input: (meetingId: string) => ({ meetingId, topic: 'Retry budget' }) },
  { method: 'actions.add', list: 'actions.list', what: 'action item', input: (meetingId: string) => ({ meetingId, title: 'Alert on 5xx rate' }) },
  { method: 'participants.add', list: 'participants.list', what: 'participant', input: (meetingId: string) => ({ meetingId, name: 'Ana' }) },
] as const;

describe('an add resent with the id it was first sent with', () => {
  const fixture = useServiceOnTempFile();
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const createMeeting = (title: string) => ok<{ id: string }>(call('meetings.create', { title })).id;

  it.each(ADDS)('$method answers with the stored row and writes nothing more', ({ method, list, input }) => {
    const meetingId = createMeeting('Checkout outage');
    const first = ok<{ id: string }>(call(method, { ...input(meetingId), id: CLIENT_ID }));
    const before = databaseSnapshot(fixture.db);
    const events: ChangeEvent[] = [];
    fixture.service.onChange((event) => events.push(event));

    const resent = call(method, { ...input(meetingId), id: CLIENT_ID });

    expect(resent).toEqual({ ok: true, result: first });
    expect(ok<unknown[]>(call(list, { meetingId }))).toHaveLength(1);
    expect(databaseSnapshot(fixture.db)).toEqual(before);
    expect(events).toEqual([]);
  });

  it.each(ADDS)('$method refuses an id held by another meeting’s row, naming the id field', ({ method, list, what, input }) => {
    const first = createMeeting('Checkout outage');
    const second = createMeeting('Payroll delay');
    ok(call(method, { ...input(first), id: CLIENT_ID }));
    const before = databaseSnapshot(fixture.db);

    const refused = call(method, { ...input(second), id: CLIENT_ID });

    expect(refused).toEqual({
      ok: false,
      error: { code: 'conflict', message: `id: ${what} ${CLIENT_ID} belongs to another meeting`, field: 'id' },
    });
    expect(ok<unknown[]>(call(list, { meetingId: second }))).toEqual([]);
    expect(databaseSnapshot(fixture.db)).toEqual(before);
  });
});
