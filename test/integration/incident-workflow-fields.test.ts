import type { Database } from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { getMeeting } from '../../src/main/db/repositories/meetings.ts';
import { listNotes } from '../../src/main/db/repositories/notes.ts';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { Meeting, ServiceNameUse } from '../../src/shared/domain/meeting.ts';
import type { Note } from '../../src/shared/domain/notes.ts';
import { databaseSnapshot, failure, ok, useMigrationTest, useServiceOnTempFile } from '../harness/index.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);

/** The incident-workflow artifacts of seed 004: INC-1 (services, hypothesis), INC-2 (mitigation, metrics, risk), INC-3 (next update). */
describe('incident workflow fields of a meeting, over a real SQLite file', () => {
  const fixture = useServiceOnTempFile(() => {
    let clock = NOW;
    return { clock: () => (clock += 1000) };
  });
  let events: ChangeEvent[];
  let meeting: Meeting;
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const update = (patch: object, id = meeting.id) => call('meetings.update', { id, patch });
  const snapshot = () => databaseSnapshot(fixture.db, ['meetings', 'meeting_services', 'meeting_metrics', 'notes']);

  beforeEach(() => {
    meeting = ok<Meeting>(call('meetings.create', { title: 'Checkout outage' }));
    events = [];
    fixture.service.onChange((event) => events.push(event));
  });

  it('starts empty, and stores every field in one update that counts as one revision', () => {
    expect(meeting).toMatchObject({
      servicesAffected: [],
      initialHypothesis: '',
      mitigationStrategy: '',
      metrics: [],
      residualRisk: '',
      nextUpdateAt: null,
    });
    const updated = ok<Meeting>(
      update({
        servicesAffected: ['  checkout-api ', 'payment-gateway'],
        initialHypothesis: ' The card processor is down ',
        mitigationStrategy: 'Revert the config rollout',
        metrics: [
          { metric: 'Card payment failure rate', before: '18 %', after: '0.4 %' },
          { metric: ' Gateway p99 latency ', before: ' 3.0 s', after: '' },
        ],
        residualRisk: 'Other timeouts may be set too low',
        nextUpdateAt: NOW + HOUR,
      }),
    );
    expect(updated).toMatchObject({
      servicesAffected: ['checkout-api', 'payment-gateway'],
      initialHypothesis: 'The card processor is down',
      mitigationStrategy: 'Revert the config rollout',
      metrics: [
        { metric: 'Card payment failure rate', before: '18 %', after: '0.4 %' },
        { metric: 'Gateway p99 latency', before: '3.0 s', after: '' },
      ],
      residualRisk: 'Other timeouts may be set too low',
      nextUpdateAt: NOW + HOUR,
      revision: meeting.revision + 1,
    });
    expect(events).toEqual([{ meetingId: meeting.id, revision: meeting.revision + 1, entity: 'meeting', entityId: meeting.id, op: 'updated' }]);
    expect(ok<Meeting>(call('meetings.get', { id: meeting.id }))).toEqual(updated);
    expect(getMeeting(fixture.db, meeting.id)).toEqual(updated);
  });

  it('keeps each service name once, as first written, whatever its case', () => {
    const updated = ok<Meeting>(update({ servicesAffected: ['Payments', 'checkout', 'PAYMENTS', 'payments', 'Checkout', 'Zahlungsdienst', 'ZAHLUNGSDIENST'] }));
    expect(updated.servicesAffected).toEqual(['Payments', 'checkout', 'Zahlungsdienst']);
  });

  it('replaces a list only when the patch names it, and leaves the other fields as they were', () => {
    ok(update({ servicesAffected: ['a', 'b'], metrics: [{ metric: 'Errors', before: '9', after: '1' }], residualRisk: 'Some' }));
    const summaryOnly = ok<Meeting>(update({ summary: 'Checkout failed for 43 minutes' }));
    expect(summaryOnly).toMatchObject({ servicesAffected: ['a', 'b'], metrics: [{ metric: 'Errors', before: '9', after: '1' }], residualRisk: 'Some' });
    const reordered = ok<Meeting>(update({ servicesAffected: ['b', 'c', 'a'], metrics: [], nextUpdateAt: null }));
    expect(reordered).toMatchObject({ servicesAffected: ['b', 'c', 'a'], metrics: [], residualRisk: 'Some', nextUpdateAt: null });
    expect(fixture.db.prepare('SELECT position, name FROM meeting_services WHERE meeting_id = ? ORDER BY position').all(meeting.id)).toEqual([
      { position: 0, name: 'b' },
      { position: 1, name: 'c' },
      { position: 2, name: 'a' },
    ]);
  });

  it('refuses an empty, too long or too many service names, and bad metrics, naming the field and changing nothing', () => {
    const before = snapshot();
    const cases: Array<[object, RegExp]> = [
      [{ servicesAffected: ['checkout', '   '] }, /patch\.servicesAffected\.1: must not be empty/],
      [{ servicesAffected: ['x'.repeat(101)] }, /patch\.servicesAffected\.0: must be a service name of at most 100 characters/],
      [{ servicesAffected: Array.from({ length: 51 }, (_, index) => `service-${index}`) }, /patch\.servicesAffected: must name at most 50 services/],
      [{ servicesAffected: 'checkout' }, /patch\.servicesAffected: must be a list of service names/],
      [{ metrics: [{ metric: '', before: '1', after: '2' }] }, /patch\.metrics\.0\.metric: must not be empty/],
      [{ metrics: [{ metric: 'Errors', before: 'x'.repeat(201), after: '' }] }, /patch\.metrics\.0\.before: must be at most 200 characters/],
      [{ metrics: Array.from({ length: 21 }, (_, index) => ({ metric: `m${index}`, before: '', after: '' })) }, /patch\.metrics: must hold at most 20 metrics/],
      [{ metrics: [{ metric: 'Errors', before: '1', after: '2', unit: '%' }] }, /patch\.metrics\.0/],
      [{ initialHypothesis: 'x'.repeat(5_001) }, /patch\.initialHypothesis: must be at most 5000 characters/],
      [{ nextUpdateAt: -1 }, /patch\.nextUpdateAt: must not be before 1970/],
    ];
    for (const [patch, message] of cases) {
      const error = failure(update(patch));
      expect(error.code, JSON.stringify(patch).slice(0, 80)).toBe('invalid_input');
      expect(error.message, JSON.stringify(patch).slice(0, 80)).toMatch(message);
    }
    expect(snapshot()).toBe(before);
    expect(events).toEqual([]);
  });

  it('lists the service names used in the stored meetings, once ignoring case, most used first', () => {
    const second = ok<Meeting>(call('meetings.create', { title: 'Search slow' }));
    const third = ok<Meeting>(call('meetings.create', { title: 'Login errors' }));
    ok(update({ servicesAffected: ['checkout-api', 'Payments'] }));
    ok(update({ servicesAffected: ['PAYMENTS', 'search'] }, second.id));
    ok(update({ servicesAffected: ['payments', 'auth', 'checkout-api'] }, third.id));
    expect(ok<ServiceNameUse[]>(call('meetings.services', {}))).toEqual([
      { name: 'PAYMENTS', meetingCount: 3 },
      { name: 'checkout-api', meetingCount: 2 },
      { name: 'auth', meetingCount: 1 },
      { name: 'search', meetingCount: 1 },
    ]);
    // A deleted meeting's names go with it.
    ok(call('meetings.delete', { id: third.id }));
    expect(ok<ServiceNameUse[]>(call('meetings.services', undefined))).toEqual([
      { name: 'PAYMENTS', meetingCount: 2 },
      { name: 'checkout-api', meetingCount: 1 },
      { name: 'search', meetingCount: 1 },
    ]);
    expect(fixture.db.prepare('SELECT count(*) AS n FROM meeting_services WHERE meeting_id = ?').get(third.id)).toEqual({ n: 0 });
  });

  it('finds a service by name through the index', () => {
    const plan = fixture.db.prepare("EXPLAIN QUERY PLAN SELECT meeting_id FROM meeting_services WHERE name = 'payments' COLLATE NOCASE").all() as Array<{
      detail: string;
    }>;
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING (COVERING )?INDEX meeting_services_by_name/);
  });
});

describe('severity of a panel finding', () => {
  const fixture = useServiceOnTempFile();
  let meeting: Meeting;
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const addFinding = (extra: object = {}) =>
    call('notes.add', { meetingId: meeting.id, category: 'perspective_finding', perspective: 'sre', findingKind: 'gap', text: 'No burn-rate alert', ...extra });

  beforeEach(() => {
    meeting = ok<Meeting>(call('meetings.create', { title: 'Checkout outage' }));
  });

  it('is set when the finding is added or later, on the scale critical, major, minor, and can be cleared', () => {
    expect(ok<Note>(addFinding()).severity).toBeNull();
    const finding = ok<Note>(addFinding({ severity: 'critical' }));
    expect(finding.severity).toBe('critical');
    expect(ok<Note>(call('notes.update', { id: finding.id, patch: { severity: 'minor' } })).severity).toBe('minor');
    expect(ok<Note>(call('notes.update', { id: finding.id, patch: { text: 'No SLO burn-rate alert' } })).severity).toBe('minor');
    expect(ok<Note>(call('notes.update', { id: finding.id, patch: { severity: null } })).severity).toBeNull();
    expect(listNotes(fixture.db, meeting.id).map((note) => note.severity)).toEqual([null, null]);
  });

  it('refuses a value off the scale, and a severity on a note that is not a finding', () => {
    expect(failure(addFinding({ severity: 'SEV1' })).message).toMatch(/^severity: /);
    const lesson = ok<Note>(call('notes.add', { meetingId: meeting.id, category: 'lesson', text: 'Config is code' }));
    expect(lesson.severity).toBeNull();
    expect(failure(call('notes.add', { meetingId: meeting.id, category: 'lesson', text: 'x', severity: 'major' })).message).toBe(
      'severity: is only for a perspective finding',
    );
    expect(failure(call('notes.update', { id: lesson.id, patch: { severity: 'major' } })).message).toBe('patch.severity: is only for a perspective finding');
  });
});

describe('migration 006: incident workflow fields', () => {
  const { databaseAt, step } = useMigrationTest();

  const seedVersion5 = (db: Database) => {
    db.prepare("INSERT INTO meetings (id, title, summary, created_at, updated_at) VALUES ('m1', 'Seeded', 'Kept', 1, 1)").run();
    db.prepare(
      "INSERT INTO notes (id, meeting_id, category, perspective, finding_kind, text, created_at, updated_at) VALUES ('n1', 'm1', 'perspective_finding', 'sre', 'gap', 'No alert', 2, 2)",
    ).run();
  };

  it("keeps a version-5 database's meetings and notes, with the new fields empty", () => {
    const { db, before, after } = step(5, seedVersion5, (read) => ({
      meetings: read.prepare('SELECT * FROM meetings').all(),
      notes: read.prepare('SELECT * FROM notes').all(),
    }));
    expect(after.meetings).toEqual(
      before.meetings.map((row) => ({ ...(row as object), initial_hypothesis: '', mitigation_strategy: '', residual_risk: '', next_update_at: null })),
    );
    expect(after.notes).toEqual(before.notes.map((row) => ({ ...(row as object), severity: null })));
    expect(getMeeting(db, 'm1')).toMatchObject({ summary: 'Kept', servicesAffected: [], metrics: [], initialHypothesis: '', nextUpdateAt: null });
    expect(listNotes(db, 'm1')[0]).toMatchObject({ text: 'No alert', severity: null });
  });

  it('adds STRICT tables whose rows go with their meeting, and checks the severity scale', () => {
    const db = databaseAt();
    for (const table of ['meeting_services', 'meeting_metrics']) {
      const { sql } = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(table) as { sql: string };
      expect(sql).toMatch(/\)\s*STRICT$/);
    }
    seedVersion5(db);
    db.prepare("INSERT INTO meeting_services (meeting_id, position, name) VALUES ('m1', 0, 'payments')").run();
    db.prepare("INSERT INTO meeting_metrics (meeting_id, position, metric, before_value, after_value) VALUES ('m1', 0, 'Errors', '9', '1')").run();
    expect(() => db.prepare("INSERT INTO meeting_services (meeting_id, position, name) VALUES ('m1', 1, '')").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("INSERT INTO meeting_services (meeting_id, position, name) VALUES ('m2', 0, 'x')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE notes SET severity = 'high' WHERE id = 'n1'").run()).toThrow(/CHECK constraint/);
    db.prepare("DELETE FROM notes WHERE meeting_id = 'm1'").run();
    db.prepare("DELETE FROM meetings WHERE id = 'm1'").run();
    expect(db.prepare('SELECT (SELECT count(*) FROM meeting_services) + (SELECT count(*) FROM meeting_metrics) AS n').get()).toEqual({ n: 0 });
  });
});
