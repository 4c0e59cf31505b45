import { beforeEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { useServiceOnTempFile, ok } from '../harness/index.ts';

const at = (clock: string) => Date.parse(`2026-11-20T${clock}:00Z`);

describe('timeline.import through dispatch() on a real SQLite file', () => {
  const fixture = useServiceOnTempFile();
  let changes: ChangeEvent[];

  beforeEach(() => {
    changes = [];
    fixture.service.onChange((change) => changes.push(change));
  });

  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const meeting = () => ok<Meeting>(call('meetings.create', { title: 'Checkout outage' }));
  const rows = () => fixture.db.prepare('SELECT COUNT(*) AS count FROM timeline_events').get() as { count: number };

  it('stores every event in one transaction: one revision, one change event, the events in order', () => {
    const { id: meetingId, revision } = meeting();
    changes.length = 0;
    const result = ok<{ count: number; events: TimelineEvent[] }>(
      call('timeline.import', {
        meetingId,
        events: [
          { occurredAt: at('14:00'), description: 'Deployment started', actor: 'CI/CD', phase: 'trigger', source: 'csv_import' },
          { occurredAt: at('14:05'), description: 'Error rate increased', actor: 'Monitoring', phase: 'detection', source: 'csv_import' },
          { occurredAt: at('14:05'), description: 'Same minute, typed second', source: 'chat_import', precision: 'second' },
        ],
      }),
    );
    expect(result.count).toBe(3);
    expect(result.events.map((event) => [event.description, event.actor, event.phase, event.source, event.precision])).toEqual([
      ['Deployment started', 'CI/CD', 'trigger', 'csv_import', 'minute'],
      ['Error rate increased', 'Monitoring', 'detection', 'csv_import', 'minute'],
      ['Same minute, typed second', '', 'other', 'chat_import', 'second'],
    ]);
    expect(ok<TimelineEvent[]>(call('timeline.list', { meetingId })).map((event) => event.id)).toEqual(result.events.map((event) => event.id));
    expect(changes).toEqual([{ meetingId, revision: revision + 1, entity: 'timeline_import', entityId: meetingId, op: 'created' }]);
    expect(ok<Meeting>(call('meetings.get', { id: meetingId })).revision).toBe(revision + 1);
  });

  it.each([
    [{ description: '   ' }, 'events.3.description', 'must not be empty'],
    [{ occurredAt: -1 }, 'events.3.occurredAt', 'before 1970'],
    [{ phase: 'aftermath' }, 'events.3.phase', ''],
    [{ actor: 'x'.repeat(201) }, 'events.3.actor', 'at most 200'],
    [{ source: 'telepathy' }, 'events.3.source', ''],
    [{ extra: true }, 'events.3.extra', 'not a field'],
  ])('refuses the whole import when event 3 has %j, naming events.3', (bad, field, words) => {
    const { id: meetingId } = meeting();
    const good = { occurredAt: at('14:00'), description: 'fine', source: 'csv_import' };
    const response = call('timeline.import', { meetingId, events: [good, good, good, { ...good, ...bad }, good] });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    expect(!response.ok && response.error.message).toContain(words);
    expect(rows().count).toBe(0);
  });

  it('refuses an empty list, more than 5,000 events, and an unknown meeting, writing nothing', () => {
    const { id: meetingId } = meeting();
    const good = { occurredAt: at('14:00'), description: 'fine', source: 'csv_import' };
    expect(call('timeline.import', { meetingId, events: [] })).toMatchObject({ ok: false, error: { field: 'events' } });
    expect(call('timeline.import', { meetingId, events: Array.from({ length: 5_001 }, () => good) })).toMatchObject({
      ok: false,
      error: { field: 'events', message: 'events: must hold at most 5,000 events' },
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(call('timeline.import', { meetingId: unknown, events: [good] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(rows().count).toBe(0);
  });

  it('rolls back every row when the database refuses one part way through', () => {
    const { id: meetingId } = meeting();
    fixture.db.exec(`CREATE TRIGGER refuse_fourth BEFORE INSERT ON timeline_events WHEN NEW.description = 'fourth'
             BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    const events = ['first', 'second', 'third', 'fourth', 'fifth'].map((description) => ({ occurredAt: at('14:00'), description, source: 'csv_import' }));
    const before = ok<Meeting>(call('meetings.get', { id: meetingId })).revision;
    changes.length = 0;
    expect(call('timeline.import', { meetingId, events })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(rows().count).toBe(0);
    expect(changes).toEqual([]);
    expect(ok<Meeting>(call('meetings.get', { id: meetingId })).revision).toBe(before);
  });

  it('imports 5,000 events in one call', () => {
    const { id: meetingId } = meeting();
    const events = Array.from({ length: 5_000 }, (_, index) => ({
      occurredAt: at('14:00') + index * 1000,
      description: `event ${index}`,
      source: 'csv_import',
    }));
    const started = performance.now();
    expect(ok<{ count: number }>(call('timeline.import', { meetingId, events })).count).toBe(5_000);
    const elapsed = performance.now() - started;
    console.info(`timeline.import of 5,000 events: ${elapsed.toFixed(0)} ms`);
    expect(rows().count).toBe(5_000);
  });
});
