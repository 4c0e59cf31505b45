import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { LibrarySearchHit } from '../../src/shared/api/library.ts';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { MATCH_END, MATCH_START } from '../../src/shared/library/search-query.ts';
import { COMMON_MATCHES } from '../../src/main/db/repositories/library-search.ts';
import { withSearchIndexDeferred } from '../../src/main/db/repositories/search-deferral.ts';
import { failure, ok, useMigrationTest, useServiceOnTempFile } from '../harness/index.ts';

/** Issue 16: full-text search over every review, kept up to date by the writes themselves. */
describe('library search, on a real SQLite file', () => {
  const fixture = useServiceOnTempFile();
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const search = (query: string, limit?: number) => ok<LibrarySearchHit[]>(call('library.search', limit === undefined ? { query } : { query, limit }));
  const found = (query: string) => search(query).map((hit) => hit.meetingId);
  const meeting = (title: string, incidentId = '') => ok<Meeting>(call('meetings.create', { title, incidentId }));
  const marked = (hit: LibrarySearchHit | undefined) => hit?.snippet.filter((part) => part.match).map((part) => part.text);
  /** The FTS5 index agrees with its documents, as its own check says. */
  const indexIsConsistent = () => fixture.db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();

  it('finds every kind of typed text, says where it matched, and follows each insert, update and delete', () => {
    const review = meeting('Checkout outage', 'INC-7');
    const at = Date.UTC(2026, 0, 5, 14, 5);
    const cases: Array<{
      word: string;
      add: () => string;
      kind: string;
      field: string;
      update: (id: string) => CallResponse;
      remove: (id: string) => CallResponse;
    }> = [
      {
        word: 'tachyon',
        add: () => ok<TimelineEvent>(call('timeline.add', { meetingId: review.id, occurredAt: at, description: 'Tachyon alarm fired' })).id,
        kind: 'timeline_event',
        field: 'description',
        update: (id) => call('timeline.update', { id, patch: { description: 'Quiet again' } }),
        remove: (id) => call('timeline.delete', { id }),
      },
      {
        word: 'quorum',
        add: () => ok<{ id: string }>(call('whys.add', { meetingId: review.id, parentId: null, text: 'Why was the quorum lost?' })).id,
        kind: 'why',
        field: 'text',
        update: (id) => call('whys.update', { id, patch: { text: 'Something else' } }),
        remove: (id) => call('whys.delete', { id }),
      },
      {
        word: 'runbook',
        add: () => ok<{ id: string }>(call('notes.add', { meetingId: review.id, category: 'went_well', text: 'The runbook was current' })).id,
        kind: 'note',
        field: 'text',
        update: (id) => call('notes.update', { id, patch: { text: 'Paging worked' } }),
        remove: (id) => call('notes.delete', { id }),
      },
      {
        word: 'canary',
        add: () => ok<ActionItem>(call('actions.add', { meetingId: review.id, title: 'Add a canary stage' })).id,
        kind: 'action_item',
        field: 'title',
        update: (id) => call('actions.update', { id, patch: { title: 'Add a staged rollout' } }),
        remove: (id) => call('actions.delete', { id }),
      },
      {
        word: 'Oyelaran',
        add: () => ok<ActionItem>(call('actions.add', { meetingId: review.id, title: 'Own the pager', owner: 'Ada Oyelaran' })).id,
        kind: 'action_item',
        field: 'owner',
        update: (id) => call('actions.update', { id, patch: { owner: 'Bo Chen' } }),
        remove: (id) => call('actions.delete', { id }),
      },
      {
        word: 'sharding',
        add: () => ok<{ id: string }>(call('conflicts.add', { meetingId: review.id, topic: 'Sharding now or later' })).id,
        kind: 'conflict',
        field: 'topic',
        update: (id) => call('conflicts.update', { id, patch: { topic: 'Capacity plan' } }),
        remove: (id) => call('conflicts.delete', { id }),
      },
      {
        word: 'Wojcik',
        add: () => ok<{ id: string }>(call('participants.add', { meetingId: review.id, name: 'Ola Wojcik' })).id,
        kind: 'participant',
        field: 'name',
        update: (id) => call('participants.update', { id, patch: { name: 'Ola Nowak' } }),
        remove: (id) => call('participants.remove', { id }),
      },
      {
        word: 'flamegraph',
        add: () => {
          const event = ok<TimelineEvent>(call('timeline.add', { meetingId: review.id, occurredAt: at, description: 'Profile taken' }));
          const link = {
            meetingId: review.id,
            target: 'timeline_event',
            targetId: event.id,
            url: 'https://example.com/p',
            caption: 'Flamegraph of the worker',
          };
          return ok<{ id: string }>(call('evidence.addLink', link)).id;
        },
        kind: 'evidence',
        field: 'caption',
        update: (id) => call('evidence.update', { id, patch: { caption: 'Profile' } }),
        remove: (id) => call('evidence.delete', { id }),
      },
    ];
    for (const item of cases) {
      expect(found(item.word), item.word).toEqual([]);
      const itemId = item.add();
      const [hit] = search(item.word);
      expect(hit, item.word).toMatchObject({ meetingId: review.id, incidentId: 'INC-7', title: 'Checkout outage', kind: item.kind, itemId, field: item.field });
      expect(
        marked(hit)?.map((text) => text.toLowerCase()),
        item.word,
      ).toEqual([item.word.toLowerCase()]);
      ok(item.update(itemId));
      expect(found(item.word), `${item.word} after the update`).toEqual([]);
      item.add();
      const again = search(item.word)[0]!.itemId;
      ok(item.remove(again));
      expect(found(item.word), `${item.word} after the delete`).toEqual([]);
    }
    indexIsConsistent();
  });

  it("indexes the meeting's own fields, its services and metrics, and drops what a patch clears", () => {
    const review = meeting('Payments latency');
    ok(
      call('meetings.update', {
        id: review.id,
        patch: {
          summary: 'Card authorisations slowed for forty minutes',
          initialHypothesis: 'A noisy neighbour on the shared cluster',
          servicesAffected: ['ledger-api', 'Zahlungsdienst'],
          metrics: [{ metric: 'p99 latency', before: '2300 ms', after: '180 ms' }],
          residualRisk: 'Failover untested',
        },
      }),
    );
    expect(search('authorisations')[0]).toMatchObject({ kind: 'meeting', field: 'summary', itemId: review.id });
    expect(search('neighbour')[0]).toMatchObject({ kind: 'meeting', field: 'initial_hypothesis' });
    expect(search('zahlungsdienst')[0]).toMatchObject({ kind: 'service', field: 'name' });
    expect(search('2300')[0]).toMatchObject({ kind: 'metric', field: 'before' });
    expect(search('untested')[0]).toMatchObject({ kind: 'meeting', field: 'residual_risk' });

    ok(call('meetings.update', { id: review.id, patch: { summary: '', servicesAffected: ['ledger-api'], metrics: [] } }));
    for (const word of ['authorisations', 'zahlungsdienst', '2300']) expect(found(word), word).toEqual([]);
    expect(found('ledger')).toEqual([review.id]);
    indexIsConsistent();
  });

  it('ranks titles above passing mentions and gives one hit per review at its best match', () => {
    const passing = meeting('Login errors');
    ok(call('timeline.add', { meetingId: passing.id, occurredAt: 1, description: 'Someone mentioned the replica once among many other unrelated words here' }));
    const titled = meeting('Replica lag');
    for (const minute of [1, 2, 3])
      ok(call('timeline.add', { meetingId: titled.id, occurredAt: minute * 60_000, description: `Replica behind by ${minute} minutes` }));
    const hits = search('replica');
    expect(hits.map((hit) => hit.meetingId)).toEqual([titled.id, passing.id]);
    expect(hits[0]).toMatchObject({ kind: 'meeting', field: 'title' });
    expect(search('replica', 1).map((hit) => hit.meetingId)).toEqual([titled.id]);
  });

  it('matches every word, the last one as a prefix while typing, ignoring case and accents', () => {
    const review = meeting('Café menu service down');
    ok(call('timeline.add', { meetingId: review.id, occurredAt: 1, description: 'Deploy of the menu service at Zürich' }));
    expect(found('cafe')).toEqual([review.id]);
    expect(found('CAFÉ')).toEqual([review.id]);
    expect(found('zurich deploy')).toEqual([review.id]);
    expect(found('zuri')).toEqual([review.id]);
    expect(found('zuri ')).toEqual([]);
    expect(found('menu elephant')).toEqual([]);
  });

  it('finds a review holding the words in different fields, after those holding them in one', () => {
    const apart = meeting('Checkout outage');
    ok(call('timeline.add', { meetingId: apart.id, occurredAt: 1, description: 'The disk on db-3 filled up' }));
    const together = meeting('Checkout disk alarms');
    const neither = meeting('Checkout latency');
    ok(call('timeline.add', { meetingId: neither.id, occurredAt: 1, description: 'Memory pressure on the cache' }));

    const hits = search('checkout disk');
    expect(hits.map((hit) => hit.meetingId)).toEqual([together.id, apart.id]);
    // The review found across fields is shown where its rarer word is.
    expect(hits[1]).toMatchObject({ kind: 'timeline_event', field: 'description' });
    expect(hits[1]?.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase())).toEqual(['disk']);
    expect(found('disk checkout')).toEqual(expect.arrayContaining([together.id, apart.id]));
    expect(found('checkout elephant')).toEqual([]);
    expect(search('checkout disk', 1).map((hit) => hit.meetingId)).toEqual([together.id]);
  });

  it('answers hostile text without an error, as plain words', () => {
    const review = meeting('NEAR miss (disk) "quoted" title');
    ok(call('timeline.add', { meetingId: review.id, occurredAt: 1, description: 'شبكة down; network \u202Ereversed\u202C AND partition' }));
    const hostile = [
      '"',
      '""',
      '"unterminated',
      '*',
      'disk*',
      '(',
      ')',
      'NEAR(disk miss)',
      'NEAR',
      'AND',
      'OR OR',
      'NOT disk',
      '^disk',
      'title:disk',
      '-disk',
      '+',
      ':',
      '{heading body}: disk',
      '\u202Ereversed',
      'شبكة',
      '\u2066disk\u2069',
      '😀',
      '\\',
      "'; DROP TABLE meetings; --",
      '\u0007bell',
      'a'.repeat(200),
    ];
    for (const query of hostile) expect(() => search(query), JSON.stringify(query)).not.toThrow();
    expect(found('NEAR miss')).toEqual([review.id]);
    expect(found('"quoted"')).toEqual([review.id]);
    expect(found('(disk)')).toEqual([review.id]);
    expect(found('AND partition')).toEqual([review.id]);
    expect(found('reversed')).toEqual([review.id]);
    expect(found('شبكة')).toEqual([review.id]);
    expect(found('')).toEqual([]);
    expect(found('   ')).toEqual([]);
    expect(failure(call('library.search', { query: 'x'.repeat(201) })).field).toBe('query');
    expect(failure(call('library.search', { query: 'disk', limit: 0 })).field).toBe('limit');
  });

  it('marks typed control characters apart from the highlight marks', () => {
    const review = meeting('Marker test');
    ok(call('notes.add', { meetingId: review.id, category: 'lesson', text: 'before \u0002fake\u0003 after gizmo' }));
    const [hit] = search('gizmo');
    expect(marked(hit)).toEqual(['gizmo']);
    expect(hit?.snippet.map((part) => part.text).join('')).not.toMatch(new RegExp(`[${MATCH_START}${MATCH_END}]`));
  });

  it('leaves deleted meetings out, brings a restored one back, and indexes an imported archive', () => {
    const review = meeting('Thundering herd');
    ok(call('actions.add', { meetingId: review.id, title: 'Jitter the retries' }));
    const archive = JSON.stringify(ok(call('archive.export', { meetingId: review.id })));
    ok(call('meetings.delete', { id: review.id }));
    expect(found('herd')).toEqual([]);
    expect(found('jitter')).toEqual([]);
    expect(fixture.db.prepare('SELECT count(*) FROM search_documents WHERE meeting_id = ?').pluck().get(review.id)).toBe(0);

    ok(call('meetings.restore', { id: review.id }));
    expect(found('jitter')).toEqual([review.id]);

    const imported = ok<Meeting>(call('archive.import', { archive }));
    expect(new Set(found('jitter'))).toEqual(new Set([review.id, imported.id]));
    indexIsConsistent();
  });

  it('writes the index in the same transaction as the row: a rolled-back write leaves no trace', () => {
    const review = meeting('Rollback check');
    expect(() =>
      fixture.db.transaction(() => {
        fixture.db
          .prepare(
            "INSERT INTO timeline_events (id, meeting_id, occurred_at, description, created_at, updated_at) VALUES ('e-rolled', ?, 1, 'Zeppelin sighted', 1, 1)",
          )
          .run(review.id);
        expect(found('zeppelin')).toEqual([review.id]);
        throw new Error('abandon');
      })(),
    ).toThrow('abandon');
    expect(found('zeppelin')).toEqual([]);
    indexIsConsistent();
  });

  it('keeps the index in step through a bulk write that defers it: inserts, updates, deletes and reused rowids', () => {
    const review = meeting('Deferred indexing');
    const event = (id: string, text: string) =>
      fixture.db
        .prepare('INSERT INTO timeline_events (id, meeting_id, occurred_at, description, created_at, updated_at) VALUES (?, ?, 1, ?, 1, 1)')
        .run(id, review.id, text);
    event('e-old', 'Walrus before');
    event('e-top', 'Narwhal before');
    const documentId = (itemId: string) => fixture.db.prepare('SELECT id FROM search_documents WHERE item_id = ?').pluck().get(itemId);
    const topId = documentId('e-top');
    const pending = () =>
      fixture.db
        .prepare('SELECT (SELECT count(*) FROM search_deferral) + (SELECT count(*) FROM search_added) + (SELECT count(*) FROM search_removed)')
        .pluck()
        .get();
    fixture.db
      .transaction(() =>
        withSearchIndexDeferred(fixture.db, () => {
          event('e-new', 'Pelican during');
          // Not in the index until the write ends.
          expect(found('pelican')).toEqual([]);
          // The newest documents go, one not indexed yet and one indexed, and the next one written takes the rowid of the
          // indexed one.
          fixture.db.prepare("DELETE FROM timeline_events WHERE id = 'e-new'").run();
          fixture.db.prepare("DELETE FROM timeline_events WHERE id = 'e-top'").run();
          event('e-reused', 'Heron during');
          expect(documentId('e-reused')).toBe(topId);
          fixture.db.prepare("UPDATE search_documents SET body = 'Heron retold' WHERE item_id = 'e-reused'").run();
          fixture.db.prepare("UPDATE timeline_events SET description = 'Walrus changed' WHERE id = 'e-old'").run();
          // Nested bulk writes join the outer one.
          withSearchIndexDeferred(fixture.db, () => event('e-nested', 'Osprey during'));
          expect(found('osprey')).toEqual([]);
        }),
      )
      .immediate();
    expect(pending()).toBe(0);
    expect(found('walrus changed')).toEqual([review.id]);
    expect(found('before')).toEqual([]);
    expect(found('pelican')).toEqual([]);
    expect(found('narwhal')).toEqual([]);
    expect(found('heron retold')).toEqual([review.id]);
    expect(found('osprey')).toEqual([review.id]);
    indexIsConsistent();

    // A bulk write that fails and is rolled back leaves neither rows nor a deferral behind.
    expect(() =>
      fixture.db.transaction(() =>
        withSearchIndexDeferred(fixture.db, () => {
          event('e-failed', 'Albatross');
          throw new Error('abandon');
        }),
      )(),
    ).toThrow('abandon');
    expect(pending()).toBe(0);
    expect(found('albatross')).toEqual([]);
    event('e-after', 'Cormorant after');
    expect(found('cormorant')).toEqual([review.id]);
    indexIsConsistent();
    expect(() => withSearchIndexDeferred(fixture.db, () => undefined)).toThrow('inside a write transaction');
  });

  it(`orders a query matching ${COMMON_MATCHES.toLocaleString('en-US')} fields or more newest first, still one hit per review`, () => {
    const reviews = Array.from({ length: 3 }, (_, index) => meeting(`Review ${index}`));
    const insert = fixture.db.prepare(
      'INSERT INTO timeline_events (id, meeting_id, occurred_at, description, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1)',
    );
    fixture.db.transaction(() => {
      for (let index = 0; index < COMMON_MATCHES; index += 1) {
        insert.run(crypto.randomUUID(), reviews[index % 3]!.id, index, 'widget failed');
      }
    })();
    const hits = search('widget');
    // The newest field written decides the first review, the next newest the second, and so on.
    expect(hits.map((hit) => hit.meetingId)).toEqual([
      reviews[(COMMON_MATCHES - 1) % 3]!.id,
      reviews[(COMMON_MATCHES - 2) % 3]!.id,
      reviews[(COMMON_MATCHES - 3) % 3]!.id,
    ]);
    expect(hits.every((hit) => marked(hit)?.every((text) => text === 'widget'))).toBe(true);
  });

  it('is refused to a note-taker', () => {
    expect(
      failure(dispatch(fixture.service, 'library.search', { query: 'x' }, { role: 'note_taker', name: 'N', meetingId: crypto.randomUUID() } as never)).code,
    ).toBe('forbidden');
  });
});

describe('migration 016 (library search)', () => {
  const migrations = useMigrationTest();

  it('indexes the text already stored, and keeps following it', () => {
    const { db } = migrations.step(
      15,
      (db) => {
        db.prepare(
          "INSERT INTO meetings (id, incident_id, title, summary, created_at, updated_at) VALUES ('m1', 'INC-1', 'Old outage', 'Brownout in the east', 1, 1)",
        ).run();
        db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m2', 'Other', 1, 1)").run();
        db.prepare(
          "INSERT INTO timeline_events (id, meeting_id, occurred_at, description, actor, created_at, updated_at) VALUES ('e1', 'm1', 1, 'Pager went off', 'Kofi', 1, 1)",
        ).run();
        db.prepare("INSERT INTO whys (id, meeting_id, text, created_at, updated_at) VALUES ('w1', 'm1', 'Capacity was unplanned', 1, 1)").run();
        db.prepare("INSERT INTO notes (id, meeting_id, category, text, created_at, updated_at) VALUES ('n1', 'm1', 'lesson', 'Load tests lie', 1, 1)").run();
        db.prepare("INSERT INTO action_items (id, meeting_id, title, owner, created_at, updated_at) VALUES ('a1', 'm1', 'Plan capacity', 'Mei', 1, 1)").run();
        db.prepare("INSERT INTO meeting_services (meeting_id, position, name) VALUES ('m1', 0, 'edge-proxy')").run();
      },
      (db) =>
        db.prepare("SELECT name FROM sqlite_schema WHERE name = 'search_documents'").get() === undefined
          ? []
          : db.prepare('SELECT kind, item_id AS itemId, field FROM search_documents ORDER BY id').all(),
    );
    const match = (query: string) =>
      db
        .prepare(
          'SELECT d.kind, d.item_id AS itemId, d.field FROM search_index JOIN search_documents d ON d.id = search_index.rowid WHERE search_index MATCH ? ORDER BY rank',
        )
        .all(query);
    expect(match('brownout')).toEqual([{ kind: 'meeting', itemId: 'm1', field: 'summary' }]);
    expect(match('kofi')).toEqual([{ kind: 'timeline_event', itemId: 'e1', field: 'actor' }]);
    expect(match('capacity')).toHaveLength(2);
    expect(match('lie')).toEqual([{ kind: 'note', itemId: 'n1', field: 'text' }]);
    expect(match('mei')).toEqual([{ kind: 'action_item', itemId: 'a1', field: 'owner' }]);
    expect(match('"edge proxy"')).toEqual([{ kind: 'service', itemId: 'm1/0', field: 'name' }]);
    expect(match('"inc 1"')).toEqual([{ kind: 'meeting', itemId: 'm1', field: 'incident_id' }]);
    db.prepare("UPDATE timeline_events SET actor = 'Ama' WHERE id = 'e1'").run();
    expect(match('kofi')).toEqual([]);
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) FROM search_documents').pluck().get()).toBe(1);
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
  });
});

describe('migration 023 (bulk writes)', () => {
  const migrations = useMigrationTest();

  it('keeps what migration 016 indexed, and indexes row by row outside a bulk write', () => {
    const { db } = migrations.step(
      22,
      (db) => {
        db.prepare("INSERT INTO meetings (id, title, summary, created_at, updated_at) VALUES ('m1', 'Old outage', 'Brownout in the east', 1, 1)").run();
      },
      (db) => db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ?').pluck().all('brownout'),
    );
    const match = (query: string) =>
      db.prepare('SELECT d.item_id FROM search_index JOIN search_documents d ON d.id = search_index.rowid WHERE search_index MATCH ?').pluck().all(query);
    expect(match('brownout')).toEqual(['m1']);
    db.prepare("INSERT INTO whys (id, meeting_id, text, created_at, updated_at) VALUES ('w1', 'm1', 'Capacity was unplanned', 1, 1)").run();
    expect(match('capacity')).toEqual(['w1']);
    db.prepare("UPDATE meetings SET summary = 'Blackout' WHERE id = 'm1'").run();
    expect(match('brownout')).toEqual([]);
    expect(match('blackout')).toEqual(['m1']);
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) FROM search_documents').pluck().get()).toBe(0);
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
  });
  it('indexes the references a delete checks, so removing a review does not read whole tables', () => {
    const db = migrations.databaseAt(23);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as Array<{ detail: string }>).map((row) => row.detail).join('; ');
    expect(plan('SELECT 1 FROM whys WHERE parent_id = ?')).toMatch(/USING (COVERING )?INDEX whys_by_parent_id/);
    expect(plan('SELECT 1 FROM action_items WHERE why_id = ?')).toMatch(/USING (COVERING )?INDEX action_items_by_why/);
    expect(plan('SELECT 1 FROM action_items WHERE note_id = ?')).toMatch(/USING (COVERING )?INDEX action_items_by_note/);
    expect(plan('SELECT 1 FROM timer_states WHERE current_section_id = ?')).toMatch(/USING (COVERING )?INDEX timer_states_by_section/);
  });
});
