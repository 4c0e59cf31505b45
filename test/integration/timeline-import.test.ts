import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { createService } from '../../src/main/service/service.ts';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import type { TimelineImport } from '../../src/shared/domain/timeline-import.ts';
import type { ImportedEvent } from '../../src/shared/timeline/import-result.ts';
import { sendImport, type ImportApi } from '../../src/shared/timeline/send-import.ts';
import { importApiOver, ok, useServiceOnTempFile } from '../harness/index.ts';

const at = (clock: string) => Date.parse(`2026-11-20T${clock}:00Z`);

describe('timeline imports through dispatch() on a real SQLite file', () => {
  const fixture = useServiceOnTempFile();
  let changes: ChangeEvent[];

  beforeEach(() => {
    changes = [];
    fixture.service.onChange((change) => changes.push(change));
  });

  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  // Each test has its own service.
  const importCall = (): ImportApi => importApiOver(fixture.service);
  const meeting = () => ok<Meeting>(call('meetings.create', { title: 'Checkout outage' }));
  const revisionOf = (meetingId: string) => ok<Meeting>(call('meetings.get', { id: meetingId })).revision;
  const rows = () => (fixture.db.prepare('SELECT COUNT(*) AS count FROM timeline_events').get() as { count: number }).count;
  const start = (meetingId: string) => ok<TimelineImport>(call('timeline.importStart', { meetingId, id: randomUUID() }));
  const good = { occurredAt: at('14:00'), description: 'fine', source: 'csv_import' };
  const imported = (count: number, origin = ''): ImportedEvent[] =>
    Array.from({ length: count }, (_, index) => ({
      line: index + 2,
      occurredAt: at('14:00') + index * 1000,
      precision: 'second',
      description: `event ${index}`,
      actor: '',
      phase: 'other',
      source: 'slack_import',
      origin,
    }));

  it('stores each chunk in one transaction with one revision and one change; opening and finishing change nothing seen', () => {
    const { id: meetingId, revision } = meeting();
    changes.length = 0;
    const started = start(meetingId);
    expect(started).toMatchObject({ meetingId, state: 'running', eventCount: 0 });
    expect(revisionOf(meetingId)).toBe(revision);
    const result = ok<{ count: number }>(
      call('timeline.import', {
        importId: started.id,
        events: [
          { occurredAt: at('14:00'), description: 'Deployment started', actor: 'CI/CD', phase: 'trigger', source: 'csv_import' },
          {
            occurredAt: at('14:05'),
            description: 'Error rate increased',
            actor: 'Monitoring',
            phase: 'detection',
            source: 'pagerduty_import',
            origin: 'Checkout API',
          },
          { occurredAt: at('14:05'), description: 'Same minute, sent second', source: 'slack_import', origin: '#incident-42', precision: 'second' },
        ],
      }),
    );
    expect(result.count).toBe(3);
    expect(changes).toEqual([{ meetingId, revision: revision + 1, entity: 'timeline_import', entityId: started.id, op: 'updated' }]);
    expect(ok<TimelineImport>(call('timeline.importFinish', { id: started.id }))).toMatchObject({ state: 'finished', eventCount: 3 });
    expect(revisionOf(meetingId)).toBe(revision + 1);
    expect(changes).toHaveLength(1);
    expect(
      ok<TimelineEvent[]>(call('timeline.list', { meetingId })).map((event) => [
        event.description,
        event.actor,
        event.phase,
        event.source,
        event.origin,
        event.precision,
        event.keyMoment,
      ]),
    ).toEqual([
      ['Deployment started', 'CI/CD', 'trigger', 'csv_import', '', 'minute', false],
      ['Error rate increased', 'Monitoring', 'detection', 'pagerduty_import', 'Checkout API', 'minute', false],
      ['Same minute, sent second', '', 'other', 'slack_import', '#incident-42', 'second', false],
    ]);
  });

  it.each([
    [{ description: '   ' }, 'events.3.description', 'must not be empty'],
    [{ occurredAt: -1 }, 'events.3.occurredAt', 'before 1970'],
    [{ phase: 'aftermath' }, 'events.3.phase', ''],
    [{ actor: 'x'.repeat(201) }, 'events.3.actor', 'at most 200'],
    [{ origin: 'x'.repeat(201) }, 'events.3.origin', 'at most 200'],
    [{ source: 'telepathy' }, 'events.3.source', ''],
    [{ extra: true }, 'events.3.extra', 'not a field'],
  ])('refuses the whole chunk when event 3 has %j, naming events.3', (bad, field, words) => {
    const { id: importId } = start(meeting().id);
    const response = call('timeline.import', { importId, events: [good, good, good, { ...good, ...bad }, good] });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    expect(!response.ok && response.error.message).toContain(words);
    expect(rows()).toBe(0);
  });

  it('refuses an empty chunk, more than 5,000 events, an unknown import, and a chunk after finishing or removing', () => {
    const { id: meetingId } = meeting();
    const { id: importId } = start(meetingId);
    expect(call('timeline.import', { importId, events: [] })).toMatchObject({ ok: false, error: { field: 'events' } });
    expect(call('timeline.import', { importId, events: Array.from({ length: 5_001 }, () => good) })).toMatchObject({
      ok: false,
      error: { field: 'events', message: 'events: must hold at most 5,000 events' },
    });
    expect(call('timeline.import', { importId: randomUUID(), events: [good] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(call('timeline.importStart', { meetingId: randomUUID(), id: randomUUID() })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    ok(call('timeline.importFinish', { id: importId }));
    expect(call('timeline.import', { importId, events: [good] })).toMatchObject({ ok: false, error: { code: 'conflict', field: 'importId' } });
    const { id: removed } = start(meetingId);
    ok(call('timeline.importRemove', { id: removed }));
    expect(call('timeline.import', { importId: removed, events: [good] })).toMatchObject({ ok: false, error: { code: 'conflict', field: 'importId' } });
    expect(call('timeline.importFinish', { id: removed })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(rows()).toBe(0);
  });

  it('opens one import for a retried start, and refuses the same id for another meeting', () => {
    const first = meeting();
    const id = randomUUID();
    const opened = ok<TimelineImport>(call('timeline.importStart', { meetingId: first.id, id }));
    expect(ok<TimelineImport>(call('timeline.importStart', { meetingId: first.id, id }))).toEqual(opened);
    expect(call('timeline.importStart', { meetingId: meeting().id, id })).toMatchObject({ ok: false, error: { code: 'conflict', field: 'id' } });
  });

  it('rolls back every row of a chunk the database refuses part way through', () => {
    const { id: meetingId } = meeting();
    const { id: importId } = start(meetingId);
    fixture.db.exec(`CREATE TRIGGER refuse_fourth BEFORE INSERT ON timeline_events WHEN NEW.description = 'fourth'
             BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    const events = ['first', 'second', 'third', 'fourth', 'fifth'].map((description) => ({ occurredAt: at('14:00'), description, source: 'csv_import' }));
    const before = revisionOf(meetingId);
    changes.length = 0;
    expect(call('timeline.import', { importId, events })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(rows()).toBe(0);
    expect(changes).toEqual([]);
    expect(revisionOf(meetingId)).toBe(before);
  });

  it('sends 20,000 events in chunks that each fit one API message, in file order', async () => {
    const { id: meetingId } = meeting();
    const progress: number[] = [];
    const outcome = await sendImport({
      meetingId,
      importId: randomUUID(),
      events: imported(20_000, '#incident-42'),
      api: importCall(),
      onProgress: (stored) => progress.push(stored),
    });
    expect(outcome).toEqual({ state: 'finished', count: 20_000 });
    expect(progress.at(-1)).toBe(20_000);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    const chunkChanges = changes.filter((change) => change.entity === 'timeline_import');
    expect(chunkChanges).toHaveLength(progress.length);
    const stored = ok<TimelineEvent[]>(call('timeline.list', { meetingId }));
    expect(stored.map((event) => event.description)).toEqual(Array.from({ length: 20_000 }, (_, index) => `event ${index}`));
    expect(new Set(stored.map((event) => event.origin))).toEqual(new Set(['#incident-42']));
  });

  it('undoes a finished import as one step: every event it added goes, events typed meanwhile stay', async () => {
    const { id: meetingId } = meeting();
    const typed = ok<TimelineEvent>(call('timeline.add', { meetingId, occurredAt: at('13:00'), description: 'Typed before' }));
    const importId = randomUUID();
    await sendImport({ meetingId, importId, events: imported(6_000), api: importCall() });
    const after = ok<TimelineEvent>(call('timeline.add', { meetingId, occurredAt: at('15:00'), description: 'Typed after' }));
    const before = revisionOf(meetingId);
    changes.length = 0;
    expect(ok<TimelineImport>(call('timeline.importRemove', { id: importId }))).toMatchObject({ state: 'removed', eventCount: 0 });
    expect(ok<TimelineEvent[]>(call('timeline.list', { meetingId })).map((event) => event.id)).toEqual([typed.id, after.id]);
    expect(revisionOf(meetingId)).toBe(before + 1);
    expect(changes).toEqual([{ meetingId, revision: before + 1, entity: 'timeline_import', entityId: importId, op: 'deleted' }]);
    // Removing again changes nothing.
    ok(call('timeline.importRemove', { id: importId }));
    expect(revisionOf(meetingId)).toBe(before + 1);
  });

  it('keeps the library search in step: imported events are found, and gone again once the import is undone', async () => {
    const { id: meetingId } = meeting();
    const importId = randomUUID();
    const events = imported(7_000).map((event, index) => (index === 6_500 ? { ...event, description: 'Replica xylophone lag on db2' } : event));
    await sendImport({ meetingId, importId, events, api: importCall() });
    const hits = (query: string) => ok<Array<{ meetingId: string }>>(call('library.search', { query })).map((hit) => hit.meetingId);
    expect(hits('xylophone')).toEqual([meetingId]);
    fixture.db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
    ok(call('timeline.importRemove', { id: importId }));
    expect(hits('xylophone')).toEqual([]);
    fixture.db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
  });

  it('gives an imported event the search documents a typed one gets: its text and its actor, and none when blank', async () => {
    const { id: meetingId } = meeting();
    const typed = ok<TimelineEvent>(
      call('timeline.add', { meetingId, occurredAt: at('13:00'), description: 'Pager \u0002woke\u0003 Ingrid', actor: 'Quillon Vasquez' }),
    );
    const events: ImportedEvent[] = [
      { ...imported(1)[0]!, description: 'Pager \u0002woke\u0003 Ingrid', actor: 'Quillon Vasquez' },
      { ...imported(1)[0]!, line: 3, description: 'Zephyrine restarted the pool', actor: '' },
    ];
    await sendImport({ meetingId, importId: randomUUID(), events, api: importCall() });
    const documents = (itemId: string) =>
      fixture.db.prepare("SELECT field, heading, body FROM search_documents WHERE kind = 'timeline_event' AND item_id = ? ORDER BY field").all(itemId);
    const [first, second] = ok<TimelineEvent[]>(call('timeline.list', { meetingId })).filter((event) => event.id !== typed.id);
    // The highlight marks a search answer uses are never part of what is indexed.
    expect(documents(first!.id)).toEqual([
      { field: 'actor', heading: '', body: 'Quillon Vasquez' },
      { field: 'description', heading: '', body: 'Pager  woke  Ingrid' },
    ]);
    expect(documents(first!.id)).toEqual(documents(typed.id));
    expect(documents(second!.id)).toEqual([{ field: 'description', heading: '', body: 'Zephyrine restarted the pool' }]);
    const hits = (query: string) => ok<Array<{ itemId: string }>>(call('library.search', { query })).map((hit) => hit.itemId);
    expect(hits('Zephyrine')).toEqual([second!.id]);
    // Edited after the import, it is found by its new text only.
    ok(call('timeline.update', { id: second!.id, patch: { description: 'Marisol restarted the pool' } }));
    expect(hits('Zephyrine')).toEqual([]);
    expect(hits('Marisol')).toEqual([second!.id]);
    fixture.db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
  });

  it('cancelling part way removes the chunks already stored', async () => {
    const { id: meetingId } = meeting();
    const cancel = new AbortController();
    const outcome = await sendImport({
      meetingId,
      importId: randomUUID(),
      events: imported(12_000),
      api: importCall(),
      signal: cancel.signal,
      onProgress: (stored) => {
        if (stored >= 5_000) cancel.abort();
      },
    });
    expect(outcome).toEqual({ state: 'cancelled' });
    expect(rows()).toBe(0);
  });

  it('removes the stored chunks when a later chunk fails, and passes the failure on', async () => {
    const { id: meetingId } = meeting();
    fixture.db.exec(`CREATE TRIGGER refuse_late BEFORE INSERT ON timeline_events WHEN NEW.description = 'event 7000'
             BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    await expect(sendImport({ meetingId, importId: randomUUID(), events: imported(8_000), api: importCall() })).rejects.toMatchObject({ code: 'internal' });
    expect(rows()).toBe(0);
  });

  it('rolls back, when a service starts, an import left running for ten minutes (a crash, a closed window)', () => {
    const { id: meetingId } = meeting();
    const { id: stale } = start(meetingId);
    ok(call('timeline.import', { importId: stale, events: [good, good] }));
    const { id: live } = start(meetingId);
    ok(call('timeline.import', { importId: live, events: [good] }));
    const finished = start(meetingId).id;
    ok(call('timeline.import', { importId: finished, events: [good] }));
    ok(call('timeline.importFinish', { id: finished }));
    const longAgo = Date.now() - 11 * 60_000;
    fixture.db.prepare('UPDATE timeline_imports SET updated_at = ? WHERE id IN (?, ?)').run(longAgo, stale, finished);
    const restarted = createService(fixture.db);
    const state = (id: string) => ok<TimelineImport>(dispatch(restarted, 'timeline.importFinish', { id }));
    expect(rows()).toBe(2);
    expect(dispatch(restarted, 'timeline.importFinish', { id: stale })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(state(live)).toMatchObject({ state: 'finished', eventCount: 1 });
    expect(state(finished)).toMatchObject({ state: 'finished', eventCount: 1 });
  });

  it('rolls back at once, when a service starts, an import whose process has ended, and no other', () => {
    const { id: meetingId } = meeting();
    // Each of these services sees the others' processes alive, so it removes nothing as it starts.
    const everyoneAlive = () => true;
    const startedBy = (processId: number) => {
      const service = createService(fixture.db, { processId, processAlive: everyoneAlive });
      const entry = ok<TimelineImport>(dispatch(service, 'timeline.importStart', { meetingId, id: randomUUID() }));
      ok(dispatch(service, 'timeline.import', { importId: entry.id, events: [good, good] }));
      return entry.id;
    };
    const DEAD = 4_000_001;
    const ALIVE = 4_000_002;
    const ended = startedBy(DEAD);
    const stillRunning = startedBy(ALIVE);
    const own = startedBy(process.pid);
    const older = createService(fixture.db, { processAlive: everyoneAlive });
    const fromBefore = ok<TimelineImport>(dispatch(older, 'timeline.importStart', { meetingId, id: randomUUID() })).id;
    ok(dispatch(older, 'timeline.import', { importId: fromBefore, events: [good] }));
    // An import written before migration 025 names no process: only quiet time judges it.
    fixture.db.prepare('UPDATE timeline_imports SET owner_pid = NULL WHERE id = ?').run(fromBefore);
    expect(rows()).toBe(7);

    const asked: number[] = [];
    const restarted = createService(fixture.db, { processAlive: (pid) => (asked.push(pid), pid !== DEAD) });
    // Only processes other than this one are asked about, and those of imports that name none are not.
    expect(new Set(asked)).toEqual(new Set([DEAD, ALIVE]));
    expect(rows()).toBe(5);
    expect(dispatch(restarted, 'timeline.importFinish', { id: ended })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    for (const id of [stillRunning, own, fromBefore]) expect(ok<TimelineImport>(dispatch(restarted, 'timeline.importFinish', { id })).state).toBe('finished');
  });

  it('leaves an import that its process finished meanwhile, though its process has since ended', () => {
    const { id: meetingId } = meeting();
    const service = createService(fixture.db, { processId: 4_000_003 });
    const entry = ok<TimelineImport>(dispatch(service, 'timeline.importStart', { meetingId, id: randomUUID() }));
    ok(dispatch(service, 'timeline.import', { importId: entry.id, events: [good] }));
    ok(dispatch(service, 'timeline.importFinish', { id: entry.id }));
    createService(fixture.db, { processAlive: () => false });
    expect(rows()).toBe(1);
  });
});
