import { describe, expect, it } from 'vitest';
import type { Factor } from '../../../src/shared/domain/factors.ts';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { createTagsStore } from '../../../src/renderer/stores/tags/tags-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

describe('tags store over the real service', () => {
  const fixture = useServiceOnTempFile();

  async function open() {
    const api = clientsOver(fixture.service);
    const meeting = api.call('meetings.create', { title: 'Checkout outage' }) as Meeting;
    const [, undo] = createUndoStack();
    const [, store] = createTagsStore(api.client, undo);
    const stop = store.getState().followMeeting(meeting.id);
    await store.getState().load();
    await settle();
    const idOf = (name: string) => store.getState().factors.find((factor) => factor.name === name)?.id ?? '';
    return { api, store, undo, meeting, stop, idOf };
  }

  it('shows a tag at once, keeps it once saved, and hears another window’s tags and renames', async () => {
    const { api, store, meeting, idOf } = await open();
    const saving = store.getState().setTags('meeting', meeting.id, [idOf('Capacity')]);
    expect(store.getState().factorIdsOf('meeting', meeting.id)).toEqual([idOf('Capacity')]);
    expect(await saving).toBe(true);
    await settle();
    expect(store.getState().factors.find((factor) => factor.name === 'Capacity')?.reviewCount).toBe(1);

    // Another window tags the review and renames a factor.
    api.call('tags.set', { meetingId: meeting.id, itemKind: 'meeting', itemId: meeting.id, factorIds: [idOf('Capacity'), idOf('Process')] });
    api.call('tags.updateFactor', { id: idOf('Process'), patch: { name: 'Ways of working' } });
    await settle();
    expect(store.getState().factorIdsOf('meeting', meeting.id)).toHaveLength(2);
    expect(store.getState().factors.map((factor) => factor.name)).toContain('Ways of working');
  });

  it('takes a refused tag back and says why, when the review is published', async () => {
    const { api, store, meeting, idOf } = await open();
    await store.getState().setTags('meeting', meeting.id, [idOf('Capacity')]);
    api.call('review.setState', { meetingId: meeting.id, state: 'in_review' });
    api.call('review.setState', { meetingId: meeting.id, state: 'published' });
    expect(await store.getState().setTags('meeting', meeting.id, [])).toBe(false);
    expect(store.getState().factorIdsOf('meeting', meeting.id)).toEqual([idOf('Capacity')]);
    expect(store.getState().tagsError).toMatch(/read-only/);
  });

  it('deletes an unused factor with an undo that brings it back in its place', async () => {
    const { store, undo, idOf } = await open();
    const before = store.getState().factors.map((factor) => factor.name);
    const result = await store.getState().removeFactor(idOf('Knowledge'));
    expect(result.ok).toBe(true);
    expect(store.getState().factors.map((factor) => factor.name)).not.toContain('Knowledge');
    undo.getState().undoLast();
    await settle();
    expect(store.getState().factors.map((factor: Factor) => factor.name)).toEqual(before);
  });
});
