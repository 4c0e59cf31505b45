import { describe, expect, it } from 'vitest';
import { createTimelineStore } from '../../../src/renderer/stores/timeline-store.ts';
import { timelineRows } from '../../../src/renderer/stores/timeline-rows.ts';
import { fakeApi, settle } from './fake-api.ts';

const MEETING = '11111111-1111-4111-8111-111111111111';
const at = (clock: string) => Date.parse(`2026-02-03T${clock}Z`);

describe('timeline store following live changes', () => {
  it('reads only the event another window added, and does not read back its own adds', async () => {
    const api = fakeApi();
    api.addMeeting({ id: MEETING });
    const [, store] = createTimelineStore(api.client);
    await store.getState().open(MEETING);
    const lists = api.callsTo('timeline.list').length;

    store.getState().add({ occurredAt: at('14:05'), precision: 'minute', description: 'Error rate rose', actor: '' });
    await settle();
    expect(api.callsTo('timeline.get')).toHaveLength(0);

    api.events.set('other', {
      id: 'other', meetingId: MEETING, occurredAt: at('14:00'), precision: 'minute', description: 'Deploy started',
      actor: 'CI', phase: 'trigger', source: 'manual', author: '', createdAt: 1, updatedAt: 1,
    });
    api.changedElsewhere({ meetingId: MEETING, entity: 'timeline_event', entityId: 'other', op: 'created' });
    await settle();
    expect(api.callsTo('timeline.get')).toEqual([{ id: 'other' }]);
    expect(api.callsTo('timeline.list')).toHaveLength(lists);
    expect(timelineRows(store.getState()).map((row) => row.event.description)).toEqual(['Deploy started', 'Error rate rose']);

    api.events.delete('other');
    api.changedElsewhere({ meetingId: MEETING, entity: 'timeline_event', entityId: 'other', op: 'deleted' });
    await settle();
    expect(timelineRows(store.getState()).map((row) => row.event.description)).toEqual(['Error rate rose']);
  });
});
