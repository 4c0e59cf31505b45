import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../src/shared/domain/evidence.ts';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../../src/shared/domain/timeline.ts';
import { createEvidenceStore } from '../../../src/renderer/stores/evidence/evidence-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, samplePng, settle, useServiceOnTempFile } from '../../harness/index.ts';

describe('evidence store over the real service', () => {
  const fixture = useServiceOnTempFile();

  async function openEvidence() {
    const api = clientsOver(fixture.service);
    const meeting = api.call('meetings.create', { title: 'GitLab database outage' }) as Meeting;
    const event = api.call('timeline.add', {
      meetingId: meeting.id,
      occurredAt: Date.UTC(2017, 0, 31, 21),
      description: 'Replication lag alert',
    }) as TimelineEvent;
    const [, undo] = createUndoStack();
    const [, store] = createEvidenceStore(api.client, undo);
    await store.getState().open(meeting.id);
    const stored = () => api.call('evidence.list', { meetingId: meeting.id }) as Evidence[];
    return { api, store, undo, meeting, event, stored };
  }

  it('uploads a picked image, shown at once as saving, its caption from the file name', async () => {
    const { store, event, stored } = await openEvidence();
    const result = store.getState().attachImage('timeline_event', event.id, { name: 'replication-lag.png', bytes: new Uint8Array(samplePng()) });
    expect(result.ok).toBe(true);
    expect(Object.values(store.getState().drafts).map((draft) => [draft.caption, draft.mediaType])).toEqual([['replication lag', 'image/png']]);
    await settle();
    expect(store.getState().items.map((item) => [item.caption, item.byteSize, store.getState().statuses[item.id]?.state])).toEqual([
      ['replication lag', samplePng().length, 'saved'],
    ]);
    expect(stored()).toHaveLength(1);
  });

  it('refuses an SVG and a file over 10 MB before sending, naming the file', async () => {
    const { api, store, event } = await openEvidence();
    const svg = store.getState().attachImage('timeline_event', event.id, { name: 'graph.svg', bytes: new TextEncoder().encode('<svg></svg>') });
    expect(svg).toEqual({ ok: false, error: { field: 'file', message: '"graph.svg" is an SVG drawing: attach a PNG, JPEG, GIF or WebP image.' } });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(samplePng());
    const large = store.getState().attachImage('timeline_event', event.id, { name: 'dashboard.png', bytes: big });
    expect(large).toMatchObject({ ok: false, error: { field: 'file', message: expect.stringMatching(/^"dashboard.png" is larger than 10 MB/) } });
    expect(api.callsTo('evidence.upload')).toEqual([]);
  });

  it('refuses a link that is not http or https, naming the field', async () => {
    const { store, event } = await openEvidence();
    expect(store.getState().addLink('timeline_event', event.id, 'javascript:alert(1)')).toEqual({
      ok: false,
      error: { field: 'url', message: 'must start with http:// or https://' },
    });
    expect(store.getState().addLink('timeline_event', event.id, 'https://grafana.example.com/d/1', 'Lag dashboard').ok).toBe(true);
    await settle();
    expect(store.getState().items.map((item) => [item.kind, item.caption, item.url])).toEqual([['link', 'Lag dashboard', 'https://grafana.example.com/d/1']]);
  });

  it('puts a removed image on the undo stack, and undo brings back the same bytes under the same id', async () => {
    const { api, store, undo, event, stored } = await openEvidence();
    store.getState().attachImage('timeline_event', event.id, { name: 'lag.png', bytes: new Uint8Array(samplePng()) }, 'Lag on db2');
    await settle();
    const [image] = store.getState().items;
    await store.getState().remove(image!.id);
    expect(stored()).toEqual([]);
    expect(undo.getState().deletions.map(({ verb, text }) => [verb, text])).toEqual([['Removed', 'Lag on db2']]);
    undo.getState().undoLast();
    await settle();
    expect(stored().map((item) => [item.id, item.caption])).toEqual([[image!.id, 'Lag on db2']]);
    const bytes = api.call('evidence.image', { id: image!.id }) as { bytes: Uint8Array };
    expect(Buffer.from(bytes.bytes).equals(samplePng())).toBe(true);
  });
});
