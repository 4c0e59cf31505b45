import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgendaTemplate } from '../../src/shared/domain/agenda.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { AgendaHarness, MISSING_ID, agendaSnapshot, failure, ok } from '../harness/index.ts';

const BUILT_IN_IDS = ['blameless-60', 'full-105', 'panel', 'incident-workflow'];

describe('agenda templates over a real SQLite file', () => {
  let h: AgendaHarness;
  const list = () => ok<AgendaTemplate[]>(h.call('templates.list', {}));

  beforeEach(async () => {
    h = new AgendaHarness();
    await h.open();
  });
  afterEach(() => h.close());

  it('lists the built-in templates first, with or without an input object', () => {
    expect(list().map((t) => t.id)).toEqual(BUILT_IN_IDS);
    expect(ok<AgendaTemplate[]>(h.call('templates.list', undefined)).map((t) => t.id)).toEqual(BUILT_IN_IDS);
    expect(failure(h.call('templates.list', { builtIn: true }))).toMatchObject({ code: 'invalid_input', field: 'builtIn' });
  });

  it("saves a meeting's current agenda as a new template, keeping the plan but not the run", () => {
    const meeting = h.createMeeting({ title: 'DNS outage' });
    const meetingId = meeting.id;
    const sections = h.agenda('agenda.get', { meetingId }).sections;
    h.agenda('agenda.updateSection', { id: sections[1]!.id, patch: { title: 'Walk the DNS timeline', plannedSeconds: 25 * 60 } });
    h.agenda('agenda.addSection', { meetingId, title: 'Resolver view', kind: 'perspective', perspective: 'sre', plannedSeconds: 90, position: 2 });
    h.agenda('agenda.addSection', { meetingId, title: 'Sign-off', plannedSeconds: 120, gated: true });
    h.agenda('timer.start', { meetingId });
    h.advance(60_000);
    h.agenda('timer.extend', { meetingId, seconds: 300 });
    h.events = [];

    h.advance(1_000);
    const saved = ok<AgendaTemplate>(h.call('templates.saveFromMeeting', { meetingId, name: '  Our DNS review  ' }));
    expect(saved).toMatchObject({ name: 'Our DNS review', builtIn: false, createdAt: h.clock });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.description).toContain('DNS outage');
    expect(saved.sections).toEqual([
      { kind: 'opening', title: 'Opening', minutes: 5 },
      { kind: 'timeline', title: 'Walk the DNS timeline', minutes: 25 },
      { kind: 'perspective', title: 'Resolver view', minutes: 1.5, perspective: 'sre' },
      { kind: 'root_cause', title: 'Root cause (5 Whys)', minutes: 15 },
      { kind: 'action_items', title: 'Action items', minutes: 15 },
      { kind: 'closing', title: 'Closing', minutes: 5 },
      { kind: 'custom', title: 'Sign-off', minutes: 2, gated: true },
    ]);
    const revision = ok<Meeting>(h.call('meetings.get', { id: meetingId })).revision;
    expect(h.events).toEqual([{ meetingId, revision, entity: 'template', entityId: saved.id, op: 'created' }]);
    expect(list().map((t) => t.id)).toEqual([...BUILT_IN_IDS, saved.id]);

    const other = h.createMeeting({ templateId: saved.id });
    expect(other.templateId).toBe(saved.id);
    const copied = h.agenda('agenda.get', { meetingId: other.id }).sections;
    expect(copied.map((s) => [s.title, s.plannedSeconds, s.perspective, s.gated])).toEqual([
      ['Opening', 300, null, false],
      ['Walk the DNS timeline', 1500, null, false],
      ['Resolver view', 90, 'sre', false],
      ['Root cause (5 Whys)', 900, null, false],
      ['Action items', 900, null, false],
      ['Closing', 300, null, false],
      ['Sign-off', 120, null, true],
    ]);
    expect(copied.every((s) => s.extensionSeconds === 0 && s.elapsedMs === 0)).toBe(true);
  });

  it('keeps saved templates across a restart, oldest first', async () => {
    const meetingId = h.createMeeting().id;
    const first = ok<AgendaTemplate>(h.call('templates.saveFromMeeting', { meetingId, name: 'First' }));
    h.advance(1_000);
    const second = ok<AgendaTemplate>(h.call('templates.saveFromMeeting', { meetingId, name: 'Second' }));
    await h.reopen();
    expect(list().slice(4)).toEqual([first, second]);
    expect(h.agenda('agenda.applyTemplate', { meetingId, templateId: second.id }).templateId).toBe(second.id);
  });

  it('refuses to save an empty agenda, a missing meeting or a bad name, changing nothing', () => {
    const meetingId = h.createMeeting().id;
    for (const section of h.agenda('agenda.get', { meetingId }).sections) h.agenda('agenda.removeSection', { id: section.id });
    const before = agendaSnapshot(h.db);
    expect(failure(h.call('templates.saveFromMeeting', { meetingId, name: 'Empty' }))).toMatchObject({ code: 'conflict' });
    expect(failure(h.call('templates.saveFromMeeting', { meetingId: MISSING_ID, name: 'x' }))).toMatchObject({ code: 'not_found' });
    for (const [input, field] of [
      [{ meetingId, name: '   ' }, 'name'],
      [{ meetingId, name: 'x'.repeat(121) }, 'name'],
      [{ meetingId: 'nope', name: 'x' }, 'meetingId'],
      [{ meetingId, name: 'x', builtIn: true }, 'builtIn'],
    ] as const) {
      const error = failure(h.call('templates.saveFromMeeting', input));
      expect(error).toMatchObject({ code: 'invalid_input', field });
      expect(error.message).toContain(field);
    }
    expect(agendaSnapshot(h.db)).toBe(before);
  });

  it('deletes a saved template with one event outside any meeting; built-ins cannot be deleted', () => {
    const meeting = h.createMeeting();
    const saved = ok<AgendaTemplate>(h.call('templates.saveFromMeeting', { meetingId: meeting.id, name: 'Mine' }));
    h.events = [];
    expect(ok(h.call('templates.delete', { id: saved.id }))).toEqual({ id: saved.id });
    expect(h.events).toEqual([{ meetingId: '', revision: 0, entity: 'template', entityId: saved.id, op: 'deleted' }]);
    expect(list().map((t) => t.id)).toEqual(BUILT_IN_IDS);
    expect(failure(h.call('templates.delete', { id: saved.id }))).toMatchObject({ code: 'not_found' });

    const before = agendaSnapshot(h.db);
    for (const id of BUILT_IN_IDS) {
      const error = failure(h.call('templates.delete', { id }));
      expect(error).toMatchObject({ code: 'conflict' });
      expect(error.message).toMatch(/built-in/);
    }
    expect(failure(h.call('templates.delete', { id: '' }))).toMatchObject({ code: 'invalid_input', field: 'id' });
    expect(agendaSnapshot(h.db)).toBe(before);
    expect(h.events).toHaveLength(1);
  });

  it('a meeting keeps its sections when the template it came from is deleted', () => {
    const source = h.createMeeting();
    const saved = ok<AgendaTemplate>(h.call('templates.saveFromMeeting', { meetingId: source.id, name: 'Mine' }));
    const meeting = h.createMeeting({ templateId: saved.id });
    ok(h.call('templates.delete', { id: saved.id }));
    expect(h.agenda('agenda.get', { meetingId: meeting.id })).toMatchObject({ templateId: saved.id, sections: expect.any(Array) });
    expect(h.agenda('agenda.get', { meetingId: meeting.id }).sections).toHaveLength(5);
  });

  it('checks stored sections when reading them back: a tampered row is an internal error, not bad data', () => {
    h.db
      .prepare("INSERT INTO agenda_templates (id, name, sections, created_at) VALUES ('t1', 'Tampered', ?, 1)")
      .run(JSON.stringify([{ kind: 'blame_session', title: 'Who did it', minutes: 5 }]));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = failure(h.call('templates.list', {}));
    expect(error.code).toBe('internal');
    expect(String(logged.mock.calls[0]?.[1])).toMatch(/agenda template t1/);
    logged.mockRestore();
  });
});
