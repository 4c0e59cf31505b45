import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { watchLibrarySources } from '../../src/main/files/source-watcher.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { LibrarySource, SourceReadResult } from '../../src/shared/domain/library-source.ts';
import type { Meeting, MeetingSummary } from '../../src/shared/domain/meeting.ts';
import type { PublishResult } from '../../src/shared/api/publish.ts';
import { publicationFiles } from '../../src/shared/publish/publication.ts';
import { PUBLISHED_FILES } from '../../src/shared/publish/library-index.ts';
import { archiveJson } from '../../src/shared/archive/archive-json.ts';
import { SOURCE_READ_BATCH } from '../../src/main/service/source-handlers.ts';
import { failure, ok, openServiceOnTempFile, useServiceOnTempFile, useTempDir, type ServiceOnTempFile } from '../harness/index.ts';

describe('a folder of published reviews as a library source (sources.*)', () => {
  const temp = useTempDir('debrief-sources-');
  const mine = useServiceOnTempFile();
  let teammate: ServiceOnTempFile;
  beforeEach(async () => {
    teammate = await openServiceOnTempFile({}, 'debrief-teammate-');
  });
  afterEach(() => teammate.close());

  const call = (method: string, input: unknown) => dispatch(mine.service, method, input);
  const theirs = (method: string, input: unknown) => dispatch(teammate.service, method, input);
  const folder = () => temp.file('team-postmortems');

  /** The teammate writes a review and publishes it into the shared folder, as a pull would bring it. */
  const publishTheirs = async (title: string, incidentId: string, actions: string[] = []): Promise<{ meeting: Meeting; published: PublishResult }> => {
    const meeting = ok<Meeting>(theirs('meetings.create', { title, incidentId, severity: 'SEV2', timeZone: 'UTC' }));
    for (const action of actions) ok(theirs('actions.add', { meetingId: meeting.id, title: action, owner: 'Ana', dueOn: '2026-12-24' }));
    return { meeting, published: await republish(meeting.id) };
  };
  const republish = async (meetingId: string): Promise<PublishResult> => {
    const archive = ok<MeetingArchive>(theirs('archive.export', { meetingId }));
    return ok<PublishResult>(theirs('publish.write', await publicationFiles({ archive, backlog: [] }, folder())));
  };
  const titles = () =>
    ok<MeetingSummary[]>(call('meetings.list', {}))
      .map((meeting) => meeting.title)
      .sort();

  it(`reads a large folder in batches of ${SOURCE_READ_BATCH}, each its own transaction, saying how many are left`, async () => {
    const { meeting } = await publishTheirs('Checkout outage', 'INC-1', ['Add a pool alert']);
    const archive = ok<MeetingArchive>(theirs('archive.export', { meetingId: meeting.id }));
    const count = SOURCE_READ_BATCH + 10;
    for (let i = 0; i < count; i++) {
      const text = archiveJson({ ...archive, meeting: { ...archive.meeting, incidentId: `INC-${1000 + i}` } }).replaceAll(archive.meeting.id, randomUUID());
      fs.mkdirSync(path.join(folder(), `2026-12-01-INC-${1000 + i}`));
      fs.writeFileSync(path.join(folder(), `2026-12-01-INC-${1000 + i}`, PUBLISHED_FILES.archive), text);
    }
    const total = count + 1;
    const first = ok<SourceReadResult>(call('sources.add', { path: folder() }));
    expect(first).toMatchObject({ added: SOURCE_READ_BATCH, remaining: total - SOURCE_READ_BATCH });
    expect(first.source.meetingIds).toHaveLength(SOURCE_READ_BATCH);
    const second = ok<SourceReadResult>(call('sources.reread', { id: first.source.id }));
    expect(second).toMatchObject({ added: total - SOURCE_READ_BATCH, unchanged: SOURCE_READ_BATCH, remaining: 0 });
    expect(second.source.meetingIds).toHaveLength(total);
    expect(ok<SourceReadResult>(call('sources.reread', { id: first.source.id }))).toMatchObject({ added: 0, unchanged: total, remaining: 0 });
  });

  it('imports every archive, re-imports a changed one, removes a deleted one, and lists what it could not read', async () => {
    const first = await publishTheirs('Checkout outage', 'INC-1', ['Add a pool alert']);
    const second = await publishTheirs('DNS failure', 'INC-2');
    ok(call('meetings.create', { title: 'My own review' }));

    const added = ok<SourceReadResult>(call('sources.add', { path: folder() }));
    expect(added).toMatchObject({ added: 2, updated: 0, removed: 0, unchanged: 0 });
    expect(added.source).toMatchObject({ path: folder(), name: 'team-postmortems', problems: [] });
    expect(added.source.meetingIds).toHaveLength(2);
    expect(titles()).toEqual(['Checkout outage', 'DNS failure', 'My own review']);
    // Their action items are in the ledger like any other.
    const itemTitles = added.source.meetingIds.flatMap((meetingId) => ok<ActionItem[]>(call('actions.list', { meetingId })).map((item) => item.title));
    expect(itemTitles).toEqual(['Add a pool alert']);

    // Nothing changed: nothing is imported again.
    const [sourceId] = [added.source.id];
    expect(ok<SourceReadResult>(call('sources.reread', { id: sourceId }))).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 2 });
    expect(ok<SourceReadResult>(call('sources.add', { path: folder() })).source.id).toBe(sourceId);

    // The teammate renames one review and publishes again; another folder is deleted; a third archive is damaged.
    ok(theirs('meetings.update', { id: first.meeting.id, patch: { title: 'Checkout outage, pool exhaustion' } }));
    await republish(first.meeting.id);
    fs.rmSync(second.published.path, { recursive: true });
    fs.mkdirSync(path.join(folder(), 'broken'));
    fs.writeFileSync(path.join(folder(), 'broken', 'archive.json'), '{ "format": "debrief.meeting-archive", ');

    const reread = ok<SourceReadResult>(call('sources.reread', { id: sourceId }));
    expect(reread).toMatchObject({ added: 0, updated: 1, removed: 1, unchanged: 0 });
    expect(reread.source.problems).toEqual([{ file: 'broken/archive.json', message: expect.stringContaining('is not JSON') }]);
    expect(titles()).toEqual(['Checkout outage, pool exhaustion', 'My own review']);

    // Removing the source removes its reviews and leaves the folder alone.
    expect(ok(call('sources.remove', { id: sourceId }))).toEqual({ id: sourceId, meetingId: '' });
    expect(titles()).toEqual(['My own review']);
    expect(ok<LibrarySource[]>(call('sources.list', {}))).toEqual([]);
    expect(fs.existsSync(first.published.path)).toBe(true);
  });

  it('refuses every change to a review read from a source, saying where it comes from', async () => {
    await publishTheirs('Read-only review', 'INC-3', ['An item']);
    const { source } = ok<SourceReadResult>(call('sources.add', { path: folder() }));
    const [meetingId = ''] = source.meetingIds;
    const [item] = ok<ActionItem[]>(call('actions.list', { meetingId }));
    const attempts: [string, unknown][] = [
      ['meetings.update', { id: meetingId, patch: { title: 'Changed here' } }],
      ['meetings.update', { id: meetingId, patch: { status: 'archived' } }],
      ['timeline.add', { meetingId, occurredAt: Date.UTC(2026, 10, 20), description: 'Added here' }],
      ['actions.update', { id: item?.id, patch: { status: 'done' } }],
      ['review.setState', { meetingId, state: 'in_review' }],
      ['meetings.delete', { id: meetingId }],
    ];
    for (const [method, input] of attempts) {
      expect(failure(call(method, input)), method).toEqual({
        code: 'conflict',
        message:
          'This review was read from the library source "team-postmortems", so it is read-only here. Change it where it was published; Debrief reads it again from there.',
      });
    }
    expect(ok<Meeting>(call('meetings.get', { id: meetingId })).title).toBe('Read-only review');

    // Renaming a person renames their items in this library's own reviews and keeps the source's as published.
    const own = ok<Meeting>(call('meetings.create', { title: 'Own review' }));
    ok(call('actions.add', { meetingId: own.id, title: 'Own item', owner: 'Ana' }));
    const person = ok<{ id: string }>(call('people.add', { id: crypto.randomUUID(), name: 'Ana' }));
    ok(call('people.update', { id: person.id, patch: { name: 'Ana Lima' } }));
    expect(ok<ActionItem[]>(call('actions.list', { meetingId: own.id }))[0]?.owner).toBe('Ana Lima');
    expect(ok<ActionItem[]>(call('actions.list', { meetingId }))[0]?.owner).toBe('Ana');
  });

  it('does not read in a second time a review this library published into the folder itself', async () => {
    await publishTheirs('Theirs', 'INC-6');
    const meeting = ok<Meeting>(call('meetings.create', { title: 'Mine, published to the team', incidentId: 'INC-7' }));
    const archive = ok<MeetingArchive>(call('archive.export', { meetingId: meeting.id }));
    ok(call('publish.write', await publicationFiles({ archive, backlog: [] }, folder())));
    expect(ok<SourceReadResult>(call('sources.add', { path: folder() }))).toMatchObject({ added: 1, own: 1 });
    expect(titles()).toEqual(['Mine, published to the team', 'Theirs']);
  });

  it('refuses a path that is not a folder', () => {
    expect(failure(call('sources.add', { path: temp.file('missing') }))).toMatchObject({ code: 'invalid_input', field: 'path' });
  });

  it('reads a source again by itself once its folder has been quiet after a change', async () => {
    await publishTheirs('Watched', 'INC-4');
    const { source } = ok<SourceReadResult>(call('sources.add', { path: folder() }));
    const reads: string[] = [];
    const watcher = watchLibrarySources({
      list: () => ok<LibrarySource[]>(call('sources.list', {})),
      reread: (id) => {
        reads.push(id);
        ok(call('sources.reread', { id }));
      },
      onChange: (listener) => mine.service.onChange(listener),
      quietMs: 200,
    });
    try {
      // Git's own files change on every fetch: no read for them.
      fs.mkdirSync(path.join(folder(), '.git'));
      fs.writeFileSync(path.join(folder(), '.git', 'FETCH_HEAD'), 'abc');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(reads).toEqual([]);
      await publishTheirs('Pulled later', 'INC-5');
      await expect.poll(() => titles(), { timeout: 5_000 }).toEqual(['Pulled later', 'Watched']);
      // A burst of writes is one read.
      expect(reads).toEqual([source.id]);
    } finally {
      watcher.close();
    }
  });
});
