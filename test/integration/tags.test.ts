import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { listMeetingFactors } from '../../src/main/db/repositories/factors.ts';
import { migration017 } from '../../src/main/db/migrations/017-contributing-factors.ts';
import { MIGRATIONS } from '../../src/main/db/migrations/index.ts';
import { migrate } from '../../src/main/db/migrate.ts';
import { archiveJson } from '../../src/shared/archive/archive-json.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { Factor, ItemTags } from '../../src/shared/domain/factors.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { Note } from '../../src/shared/domain/notes.ts';
import type { Why } from '../../src/shared/domain/whys.ts';
import type { SimilarIncident } from '../../src/shared/library/similar.ts';
import { databaseSnapshot, failure, ok, useMigrationTest, useServiceOnTempFile } from '../harness/index.ts';

/** The list the issue asks the taxonomy to start with. */
const ISSUE_DEFAULTS = ['Change management', 'Capacity', 'Configuration', 'Dependency', 'Monitoring gap', 'Process', 'Knowledge'];

describe('contributing factors, on a real SQLite file', () => {
  const fixture = useServiceOnTempFile();
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const meeting = (title: string, fields: Record<string, unknown> = {}) => {
    const created = ok<Meeting>(call('meetings.create', { title, incidentId: fields.incidentId ?? '' }));
    const { incidentId: _ignored, ...patch } = fields;
    if (Object.keys(patch).length > 0) ok(call('meetings.update', { id: created.id, patch }));
    return created.id;
  };
  const factors = () => ok<Factor[]>(call('tags.factors', {}));
  const factorId = (name: string) => {
    const found = factors().find((factor) => factor.name === name);
    if (!found) throw new Error(`no factor ${name}`);
    return found.id;
  };
  const tagReview = (meetingId: string, ...names: string[]) =>
    ok<ItemTags>(call('tags.set', { meetingId, itemKind: 'meeting', itemId: meetingId, factorIds: names.map(factorId) }));

  it('starts with the default taxonomy, in order, none in use', () => {
    const list = factors();
    expect(list.map((factor) => factor.name).slice(0, ISSUE_DEFAULTS.length)).toEqual(ISSUE_DEFAULTS);
    expect(list.every((factor) => factor.retiredAt === null && factor.reviewCount === 0)).toBe(true);
    expect(list.map((factor) => factor.position)).toEqual(list.map((_, index) => index));
  });

  it('adds, renames, moves, retires and deletes factors, each as one event outside any meeting', () => {
    const events: ChangeEvent[] = [];
    fixture.service.onChange((event) => events.push(event));
    const added = ok<Factor>(call('tags.addFactor', { name: '  Vendor limits ', position: 0 }));
    expect(added).toMatchObject({ name: 'Vendor limits', position: 0, retiredAt: null, reviewCount: 0 });
    expect(factors()[0]?.name).toBe('Vendor limits');
    expect(factors()[1]?.name).toBe('Change management');

    ok(call('tags.updateFactor', { id: added.id, patch: { name: 'Third-party limits', position: 2 } }));
    expect(
      factors()
        .map((factor) => factor.name)
        .slice(0, 3),
    ).toEqual(['Change management', 'Capacity', 'Third-party limits']);

    const retired = ok<Factor>(call('tags.updateFactor', { id: added.id, patch: { retired: true } }));
    expect(retired.retiredAt).not.toBeNull();
    expect(ok<Factor>(call('tags.updateFactor', { id: added.id, patch: { retired: false } })).retiredAt).toBeNull();

    expect(ok<Factor>(call('tags.deleteFactor', { id: added.id })).name).toBe('Third-party limits');
    expect(factors().map((factor) => factor.name)).not.toContain('Third-party limits');
    expect(factors().map((factor) => factor.position)).toEqual(factors().map((_, index) => index));
    expect(events.map((event) => [event.meetingId, event.entity, event.op])).toEqual([
      ['', 'factor', 'created'],
      ['', 'factor', 'updated'],
      ['', 'factor', 'updated'],
      ['', 'factor', 'updated'],
      ['', 'factor', 'deleted'],
    ]);
  });

  it('keeps names unique ignoring case in any script, and changes nothing when it refuses', () => {
    ok(call('tags.addFactor', { name: 'Égress' }));
    const before = databaseSnapshot(fixture.db, ['factors']);
    for (const name of ['capacity', 'ÉGRESS', 'égress']) {
      expect(failure(call('tags.addFactor', { name }))).toMatchObject({ code: 'conflict', field: 'name' });
    }
    expect(failure(call('tags.updateFactor', { id: factorId('Process'), patch: { name: 'CAPACITY' } })).field).toBe('name');
    expect(failure(call('tags.addFactor', { name: '   ' })).field).toBe('name');
    expect(databaseSnapshot(fixture.db, ['factors'])).toBe(before);
  });

  it('tags a review, its whys and its findings, and counts the reviews using each factor', () => {
    const meetingId = meeting('Checkout outage');
    const why = ok<Why>(call('whys.add', { meetingId, parentId: null, kind: 'problem', text: 'Checkout failed' }));
    const finding = ok<Note>(
      call('notes.add', { meetingId, category: 'perspective_finding', perspective: 'sre', findingKind: 'contributing_factor', text: 'No load test' }),
    );
    const events: ChangeEvent[] = [];
    fixture.service.onChange((event) => events.push(event));

    tagReview(meetingId, 'Capacity', 'Configuration');
    ok(call('tags.set', { meetingId, itemKind: 'why', itemId: why.id, factorIds: [factorId('Configuration')] }));
    ok(call('tags.set', { meetingId, itemKind: 'note', itemId: finding.id, factorIds: [factorId('Monitoring gap')] }));

    expect(ok<ItemTags[]>(call('tags.list', { meetingId }))).toEqual([
      { itemKind: 'meeting', itemId: meetingId, factorIds: [factorId('Capacity'), factorId('Configuration')] },
      { itemKind: 'why', itemId: why.id, factorIds: [factorId('Configuration')] },
      { itemKind: 'note', itemId: finding.id, factorIds: [factorId('Monitoring gap')] },
    ]);
    expect(events.map((event) => [event.meetingId, event.entity, event.entityId])).toEqual([
      [meetingId, 'tag', meetingId],
      [meetingId, 'tag', why.id],
      [meetingId, 'tag', finding.id],
    ]);
    const used = Object.fromEntries(factors().map((factor) => [factor.name, factor.reviewCount]));
    expect(used).toMatchObject({ Capacity: 1, Configuration: 1, 'Monitoring gap': 1, Process: 0 });
    expect(listMeetingFactors(fixture.db).filter((pair) => pair.meetingId === meetingId)).toEqual([
      { meetingId, factor: 'Capacity' },
      { meetingId, factor: 'Configuration' },
      { meetingId, factor: 'Monitoring gap' },
    ]);

    // Setting an empty list takes the tags off.
    ok(call('tags.set', { meetingId, itemKind: 'note', itemId: finding.id, factorIds: [] }));
    expect(ok<ItemTags[]>(call('tags.list', { meetingId })).map((item) => item.itemKind)).toEqual(['meeting', 'why']);
  });

  it('refuses tags on an item of another meeting, an unknown factor, a repeated factor, and writes nothing', () => {
    const meetingId = meeting('One');
    const other = meeting('Two');
    const why = ok<Why>(call('whys.add', { meetingId: other, parentId: null, kind: 'problem', text: 'Elsewhere' }));
    const before = databaseSnapshot(fixture.db, ['item_factors']);
    expect(failure(call('tags.set', { meetingId, itemKind: 'why', itemId: why.id, factorIds: [factorId('Process')] })).code).toBe('not_found');
    expect(failure(call('tags.set', { meetingId, itemKind: 'meeting', itemId: other, factorIds: [] })).field).toBe('itemId');
    expect(failure(call('tags.set', { meetingId, itemKind: 'meeting', itemId: meetingId, factorIds: [crypto.randomUUID()] })).code).toBe('not_found');
    const process = factorId('Process');
    expect(failure(call('tags.set', { meetingId, itemKind: 'meeting', itemId: meetingId, factorIds: [process, process] })).field).toBe('factorIds');
    expect(databaseSnapshot(fixture.db, ['item_factors'])).toBe(before);
  });

  it('refuses to delete a factor in use, naming the reviews; a retired one stays on them but is not put on new items', () => {
    const first = meeting('Checkout outage', { incidentId: 'INC-7' });
    const second = meeting('Search slow');
    tagReview(first, 'Capacity');
    tagReview(second, 'Capacity', 'Process');
    const capacity = factorId('Capacity');
    const before = databaseSnapshot(fixture.db, ['factors', 'item_factors']);
    const refused = failure(call('tags.deleteFactor', { id: capacity }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('used by 2 reviews');
    expect(refused.message).toContain('INC-7 Checkout outage');
    expect(refused.message).toContain('Search slow');
    expect(refused.message).toContain('Retire it instead');
    expect(databaseSnapshot(fixture.db, ['factors', 'item_factors'])).toBe(before);

    ok(call('tags.updateFactor', { id: capacity, patch: { retired: true } }));
    // Kept where it was, and an edit of that item's other tags keeps it.
    ok(call('tags.set', { meetingId: second, itemKind: 'meeting', itemId: second, factorIds: [capacity] }));
    expect(ok<ItemTags[]>(call('tags.list', { meetingId: second }))[0]?.factorIds).toEqual([capacity]);
    const third = meeting('Queue backlog');
    expect(failure(call('tags.set', { meetingId: third, itemKind: 'meeting', itemId: third, factorIds: [capacity] }))).toMatchObject({
      code: 'conflict',
      field: 'factorIds',
      message: expect.stringContaining('retired') as unknown,
    });
  });

  it('lets undo of a deleted why bring its tags back, and does not count a deleted why as a use', () => {
    const meetingId = meeting('Checkout outage');
    const why = ok<Why>(call('whys.add', { meetingId, parentId: null, kind: 'problem', text: 'Checkout failed' }));
    ok(call('tags.set', { meetingId, itemKind: 'why', itemId: why.id, factorIds: [factorId('Dependency')] }));
    ok(call('whys.delete', { id: why.id }));
    expect(ok<ItemTags[]>(call('tags.list', { meetingId }))).toEqual([]);
    expect(factors().find((factor) => factor.name === 'Dependency')?.reviewCount).toBe(0);
    ok(call('whys.add', { meetingId, parentId: null, kind: 'problem', text: why.text, id: why.id, createdAt: why.createdAt }));
    expect(ok<ItemTags[]>(call('tags.list', { meetingId }))).toEqual([{ itemKind: 'why', itemId: why.id, factorIds: [factorId('Dependency')] }]);
  });

  it('guards the tags of a published review like the rest of its report', () => {
    const meetingId = meeting('Checkout outage');
    tagReview(meetingId, 'Capacity');
    ok(call('review.setState', { meetingId, state: 'in_review' }));
    ok(call('review.setState', { meetingId, state: 'published' }));
    const before = databaseSnapshot(fixture.db, ['item_factors']);
    const refused = failure(call('tags.set', { meetingId, itemKind: 'meeting', itemId: meetingId, factorIds: [] }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/read-only/);
    expect(databaseSnapshot(fixture.db, ['item_factors'])).toBe(before);
    // The taxonomy is not any review's content: it can still be edited.
    ok(call('tags.updateFactor', { id: factorId('Process'), patch: { name: 'Ways of working' } }));
  });

  it('records a tag edit after circulation as an edit of the report header', () => {
    const meetingId = meeting('Checkout outage');
    ok(call('review.setState', { meetingId, state: 'in_review' }));
    tagReview(meetingId, 'Capacity');
    const review = ok<{ history: Array<{ kind: string; detail: string }> }>(call('review.get', { meetingId }));
    expect(review.history.filter((entry) => entry.kind === 'edit_after_circulation').map((entry) => entry.detail)).toEqual(['Report header']);
  });

  it('carries tags through the archive by name, matching this library’s factors and adding missing ones', () => {
    const meetingId = meeting('Checkout outage');
    const why = ok<Why>(call('whys.add', { meetingId, parentId: null, kind: 'problem', text: 'Checkout failed' }));
    const custom = ok<Factor>(call('tags.addFactor', { name: 'Cache | `warm-up` مرحبا' }));
    tagReview(meetingId, 'Capacity', custom.name);
    ok(call('tags.set', { meetingId, itemKind: 'why', itemId: why.id, factorIds: [factorId('Knowledge')] }));
    const archive = ok<MeetingArchive>(call('archive.export', { meetingId }));
    expect(archive.tags).toEqual([
      { itemKind: 'meeting', itemId: meetingId, factor: 'Capacity' },
      { itemKind: 'meeting', itemId: meetingId, factor: custom.name },
      { itemKind: 'why', itemId: why.id, factor: 'Knowledge' },
    ]);

    // Into this library: same factors, new item ids.
    const copy = ok<Meeting>(call('archive.import', { archive: archiveJson(archive) }));
    const copied = ok<MeetingArchive>(call('archive.export', { meetingId: copy.id }));
    expect(copied.tags.map(({ itemKind, factor }) => [itemKind, factor])).toEqual(archive.tags.map(({ itemKind, factor }) => [itemKind, factor]));
    expect(copied.tags[2]?.itemId).toBe(copied.whys[0]?.id);
    expect(factors().filter((factor) => factor.name === custom.name)).toHaveLength(1);

    // Into a library without the custom factor: it is added, not dropped.
    ok(call('meetings.delete', { id: copy.id }));
    ok(call('meetings.delete', { id: meetingId }));
    ok(call('tags.deleteFactor', { id: custom.id }));
    const again = ok<Meeting>(call('archive.import', { archive: archiveJson(archive) }));
    expect(ok<MeetingArchive>(call('archive.export', { meetingId: again.id })).tags.map((tag) => tag.factor)).toEqual(['Capacity', custom.name, 'Knowledge']);
    expect(factors().at(-1)?.name).toBe(custom.name);
  });

  it('imports an archive of version 5, which has no tags', () => {
    const meetingId = meeting('Old review');
    const archive = ok<MeetingArchive>(call('archive.export', { meetingId }));
    const { tags: _none, ...older } = { ...archive, version: 5 };
    const imported = ok<Meeting>(call('archive.import', { archive: JSON.stringify(older) }));
    expect(ok<ItemTags[]>(call('tags.list', { meetingId: imported.id }))).toEqual([]);
  });

  it('restores a deleted review with its tags', () => {
    const meetingId = meeting('Checkout outage');
    tagReview(meetingId, 'Dependency');
    ok(call('meetings.delete', { id: meetingId }));
    ok(call('meetings.restore', { id: meetingId }));
    expect(ok<ItemTags[]>(call('tags.list', { meetingId }))).toEqual([{ itemKind: 'meeting', itemId: meetingId, factorIds: [factorId('Dependency')] }]);
  });

  it('filters the follow-ups ledger by a contributing factor of the review, on the review or one of its whys', () => {
    const byReview = meeting('Checkout outage');
    const byWhy = meeting('Search slow');
    const untagged = meeting('Queue backlog');
    for (const meetingId of [byReview, byWhy, untagged]) ok(call('actions.add', { meetingId, title: `Fix ${meetingId.slice(0, 4)}` }));
    tagReview(byReview, 'Capacity');
    const why = ok<Why>(call('whys.add', { meetingId: byWhy, parentId: null, kind: 'problem', text: 'Index too large' }));
    ok(call('tags.set', { meetingId: byWhy, itemKind: 'why', itemId: why.id, factorIds: [factorId('Capacity')] }));
    const listed = (filter: Record<string, unknown>) =>
      ok<{ rows: Array<{ item: { meetingId: string } }>; total: number }>(call('followups.list', { filter })).rows.map((row) => row.item.meetingId);
    expect(new Set(listed({ factor: factorId('Capacity') }))).toEqual(new Set([byReview, byWhy]));
    expect(listed({ factor: factorId('Process') })).toEqual([]);
    ok(call('whys.delete', { id: why.id }));
    expect(listed({ factor: factorId('Capacity') })).toEqual([byReview]);
  });

  it('ranks similar incidents by shared services, then factors, then words, with the reasons', () => {
    const target = meeting('Checkout latency after deploy', { servicesAffected: ['checkout-api', 'payments'], summary: 'Database connection pool exhausted' });
    tagReview(target, 'Capacity', 'Change management');
    const sameService = meeting('Payments timeouts', { servicesAffected: ['Payments'] });
    const sameFactors = meeting('Search indexing stalled', { servicesAffected: ['search'] });
    tagReview(sameFactors, 'Capacity', 'Change management');
    const sharedWords = meeting('Connection pool exhausted on reporting', { incidentId: 'INC-9' });
    meeting('Office wifi down');
    const everything = meeting('Checkout outage', { servicesAffected: ['checkout-api'], summary: 'pool exhausted' });
    tagReview(everything, 'Capacity');

    const similar = ok<SimilarIncident[]>(call('tags.similar', { meetingId: target }));
    expect(similar.map((incident) => incident.meetingId)).toEqual([everything, sameFactors, sharedWords, sameService]);
    expect(similar[0]?.reasons).toEqual([
      { kind: 'service', name: 'checkout-api' },
      { kind: 'factor', name: 'Capacity' },
      { kind: 'term', name: 'checkout' },
      { kind: 'term', name: 'pool' },
      { kind: 'term', name: 'exhausted' },
    ]);
    expect(similar[0]?.score).toBe(3 + 2 + 3);
    expect(similar.find((incident) => incident.meetingId === sharedWords)).toMatchObject({
      incidentId: 'INC-9',
      title: 'Connection pool exhausted on reporting',
      reasons: [
        { kind: 'term', name: 'connection' },
        { kind: 'term', name: 'pool' },
        { kind: 'term', name: 'exhausted' },
      ],
    });
    expect(ok<SimilarIncident[]>(call('tags.similar', { meetingId: target, limit: 1 }))).toHaveLength(1);

    // The meeting holding the 30-day check of the review is named after it, but is not another incident.
    ok(call('effectiveness.start', { meetingId: everything }));
    expect(ok<SimilarIncident[]>(call('tags.similar', { meetingId: target })).map((incident) => incident.meetingId)).toEqual([
      everything,
      sameFactors,
      sharedWords,
      sameService,
    ]);
  });
});

describe('migration 017', () => {
  const migrations = useMigrationTest();

  it('adds the taxonomy with its defaults and keeps every earlier row', () => {
    const db = migrations.databaseAt(15);
    db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Kept', 1, 1)").run();
    expect(MIGRATIONS.filter((migration) => migration.version <= 17).at(-1)).toBe(migration017);
    expect(migrate(db, 17)).toBe(17);
    const names = (db.prepare('SELECT name FROM factors ORDER BY position').all() as Array<{ name: string }>).map((row) => row.name);
    expect(names.slice(0, ISSUE_DEFAULTS.length)).toEqual(ISSUE_DEFAULTS);
    expect(db.prepare('SELECT title FROM meetings').pluck().get()).toBe('Kept');
    expect(db.prepare('SELECT count(*) FROM item_factors').pluck().get()).toBe(0);
  });
});
