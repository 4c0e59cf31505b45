import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSourcesStore } from '../../../src/renderer/stores/library/sources-store.ts';
import { SOURCE_READ_BATCH } from '../../../src/main/service/source-handlers.ts';
import { archiveJson } from '../../../src/shared/archive/archive-json.ts';
import type { MeetingArchive } from '../../../src/shared/archive/meeting-archive.ts';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { PUBLISHED_FILES } from '../../../src/shared/publish/library-index.ts';
import { clientsOver, useServiceOnTempFile, useTempDir } from '../../harness/index.ts';

describe('the library sources store over the real service', () => {
  const fixture = useServiceOnTempFile();
  const temp = useTempDir('debrief-sources-store-');
  let api: ReturnType<typeof clientsOver>;
  beforeEach(() => {
    api = clientsOver(fixture.service);
  });

  it('reads a large folder batch after batch, showing how far it has got, and answers the whole count', async () => {
    const meeting = api.call('meetings.create', { title: 'Checkout outage', incidentId: 'INC-1' }) as Meeting;
    const archive = api.call('archive.export', { meetingId: meeting.id }) as MeetingArchive;
    api.call('meetings.delete', { id: meeting.id });
    const folder = temp.file('team-postmortems');
    const count = SOURCE_READ_BATCH * 2 + 5;
    for (let i = 0; i < count; i++) {
      fs.mkdirSync(path.join(folder, `review-${i}`), { recursive: true });
      fs.writeFileSync(path.join(folder, `review-${i}`, PUBLISHED_FILES.archive), archiveJson(archive).replaceAll(archive.meeting.id, randomUUID()));
    }
    const [, store] = createSourcesStore(api.newClient());
    const seen: Array<{ done: number; total: number }> = [];
    store.subscribe((state) => {
      if (state.reading) seen.push({ done: state.reading.done, total: state.reading.total });
    });

    const outcome = await store.getState().add(folder);
    expect(outcome).toMatchObject({ ok: true, value: { added: count, remaining: 0 } });
    expect(seen).toEqual([
      { done: SOURCE_READ_BATCH, total: count },
      { done: SOURCE_READ_BATCH * 2, total: count },
      { done: count, total: count },
    ]);
    expect(store.getState().reading).toBeNull();
    expect(api.callsTo('sources.reread')).toHaveLength(2);
    expect(store.getState().sources[0]?.meetingIds).toHaveLength(count);
  });
});
