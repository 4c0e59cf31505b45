import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import type { Note } from '../../../src/shared/domain/notes.ts';
import type { TimelineEvent } from '../../../src/shared/domain/timeline.ts';
import type { Why } from '../../../src/shared/domain/whys.ts';
import { createEvidenceStore } from '../../../src/renderer/stores/evidence/evidence-store.ts';
import { createTimelineStore } from '../../../src/renderer/stores/timeline/timeline-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, samplePng, settle, useServiceOnTempFile } from '../../harness/index.ts';

/** Issue 13: undoing the delete of an item brings back the images and links attached to it. */
describe('evidence comes back when the deletion of its item is undone', () => {
  const fixture = useServiceOnTempFile();

  it('a timeline event deleted and restored with Ctrl+Z has its graph and link again, in every window', async () => {
    const api = clientsOver(fixture.service);
    const meeting = api.call('meetings.create', { title: 'GitLab database outage' }) as Meeting;
    const [, undo] = createUndoStack();
    const [, timeline] = createTimelineStore(api.client, undo);
    const [, evidence] = createEvidenceStore(api.client, undo);
    await timeline.getState().open(meeting.id);
    await evidence.getState().open(meeting.id);
    const event = api.call('timeline.add', {
      meetingId: meeting.id,
      occurredAt: Date.UTC(2017, 0, 31, 21),
      description: 'Replication lag alert',
    }) as TimelineEvent;
    await settle();
    const graph = new Uint8Array(samplePng());
    expect(evidence.getState().attachImage('timeline_event', event.id, { name: 'replication-lag.png', bytes: graph }).ok).toBe(true);
    expect(evidence.getState().addLink('timeline_event', event.id, 'https://grafana.example.com/d/lag', 'Lag dashboard').ok).toBe(true);
    await settle();
    const attached = evidence.getState().items.map(({ id, kind, caption }) => ({ id, kind, caption }));
    expect(attached.map(({ caption }) => caption).sort()).toEqual(['Lag dashboard', 'replication lag']);

    await timeline.getState().remove(event.id);
    await settle();
    expect(api.call('evidence.list', { meetingId: meeting.id })).toEqual([]);

    undo.getState().undoLast();
    await settle();
    const back = (api.call('evidence.list', { meetingId: meeting.id }) as Array<{ id: string; kind: string; caption: string }>).map(
      ({ id, kind, caption }) => ({
        id,
        kind,
        caption,
      }),
    );
    expect(back).toEqual(expect.arrayContaining(attached));
    expect(back).toHaveLength(2);
    expect(evidence.getState().items.map(({ id, kind, caption }) => ({ id, kind, caption }))).toEqual(expect.arrayContaining(attached));
    const image = attached.find(({ kind }) => kind === 'image')!;
    const bytes = api.call('evidence.image', { id: image.id }) as { bytes: Uint8Array };
    expect(Buffer.from(bytes.bytes).equals(Buffer.from(graph))).toBe(true);
  });

  it('a why subtree and a note, deleted and added back with their ids, get their evidence back; other items do not', () => {
    const api = clientsOver(fixture.service);
    const meeting = api.call('meetings.create', { title: 'Queue stall' }) as Meeting;
    const problem = api.call('whys.add', { meetingId: meeting.id, parentId: null, text: 'Orders stopped' }) as Why;
    const cause = api.call('whys.add', { meetingId: meeting.id, parentId: problem.id, text: 'The consumer hung' }) as Why;
    const deeper = api.call('whys.add', { meetingId: meeting.id, parentId: cause.id, text: 'A lock was never released' }) as Why;
    const note = api.call('notes.add', { meetingId: meeting.id, category: 'could_improve', text: 'No alert on queue depth' }) as Note;
    const link = (target: 'why' | 'note', targetId: string, caption: string) =>
      api.call('evidence.addLink', { meetingId: meeting.id, target, targetId, url: `https://example.com/${caption}`, caption });
    link('why', deeper.id, 'thread-dump');
    link('why', problem.id, 'orders-graph');
    link('note', note.id, 'queue-depth');
    const captions = () => (api.call('evidence.list', { meetingId: meeting.id }) as Array<{ caption: string }>).map((item) => item.caption).sort();

    api.call('whys.delete', { id: cause.id });
    api.call('notes.delete', { id: note.id });
    expect(captions()).toEqual(['orders-graph']);

    // Undo adds the removed nodes back parents first, with their own ids, as the root-cause store does.
    api.call('whys.add', { id: cause.id, meetingId: meeting.id, parentId: problem.id, text: cause.text });
    api.call('whys.add', { id: deeper.id, meetingId: meeting.id, parentId: cause.id, text: deeper.text });
    api.call('notes.add', { id: note.id, meetingId: meeting.id, category: 'could_improve', text: note.text });
    expect(captions()).toEqual(['orders-graph', 'queue-depth', 'thread-dump']);

    // A new item never inherits anything.
    api.call('notes.add', { meetingId: meeting.id, category: 'could_improve', text: 'Another note' });
    expect(captions()).toEqual(['orders-graph', 'queue-depth', 'thread-dump']);
  });
});
