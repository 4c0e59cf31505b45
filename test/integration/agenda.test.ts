import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SECTIONS } from '../../src/shared/api/agenda.ts';
import type { AgendaState } from '../../src/shared/domain/agenda.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { AgendaHarness, MINUTE, MISSING_ID, agendaSnapshot, failure, ok } from '../harness/index.ts';

const titles = (state: AgendaState) => state.sections.map((s) => s.title);
const positions = (state: AgendaState) => state.sections.map((s) => s.position);

describe('agenda over a real SQLite file', () => {
  let h: AgendaHarness;
  beforeEach(async () => {
    h = new AgendaHarness();
    await h.open();
  });
  afterEach(() => h.close());

  it('gives a new meeting the default 60-minute agenda, an idle clock, and reads without writing', () => {
    const meeting = h.createMeeting();
    expect(meeting).toMatchObject({ templateId: 'blameless-60', revision: 1 });
    expect(h.events).toHaveLength(1);
    const before = agendaSnapshot(h.db);
    const state = h.agenda('agenda.get', { meetingId: meeting.id });
    expect(state).toMatchObject({ meetingId: meeting.id, revision: 1, templateId: 'blameless-60' });
    expect(titles(state)).toEqual(['Opening', 'Timeline walkthrough', 'Root cause (5 Whys)', 'Action items', 'Closing']);
    expect(state.sections.map((s) => s.plannedSeconds)).toEqual([300, 1200, 900, 900, 300]);
    expect(positions(state)).toEqual([0, 1, 2, 3, 4]);
    expect(state.sections[0]).toMatchObject({
      kind: 'opening',
      perspective: null,
      gated: false,
      decision: null,
      elapsedMs: 0,
      extensionSeconds: 0,
      startedAt: null,
    });
    expect(state.timer).toEqual({
      meetingId: meeting.id,
      currentSectionId: null,
      runningSince: null,
      meetingStartedAt: null,
      meetingEndedAt: null,
      soundEnabled: false,
    });
    expect(state.serverNow).toBeGreaterThanOrEqual(h.clock);
    expect(agendaSnapshot(h.db)).toBe(before);
    expect(h.events).toHaveLength(1);
  });

  it('creates a meeting from a chosen template, and refuses an unknown one naming templateId', () => {
    const panel = h.createMeeting({ templateId: 'panel' });
    expect(panel.templateId).toBe('panel');
    const state = h.agenda('agenda.get', { meetingId: panel.id });
    expect(state.sections).toHaveLength(12);
    expect(state.sections.filter((s) => s.kind === 'perspective').map((s) => s.perspective)).toHaveLength(6);

    const workflow = h.agenda('agenda.get', { meetingId: h.createMeeting({ templateId: 'incident-workflow' }).id });
    expect(workflow.sections.filter((s) => s.gated).map((s) => s.kind)).toEqual(['triage', 'mitigation', 'root_cause', 'postmortem']);

    const before = agendaSnapshot(h.db);
    const error = failure(h.call('meetings.create', { title: 'x', templateId: 'no-such-template' }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'templateId' });
    expect(error.message).toContain('templateId');
    expect(agendaSnapshot(h.db)).toBe(before);
  });

  it('retrying a create with the same id does not add the agenda twice', () => {
    const id = '7d7f1c1e-2a8b-4c55-9b1c-0e6a1f0f3a42';
    h.createMeeting({ id });
    h.createMeeting({ id, templateId: 'full-105' });
    expect(h.agenda('agenda.get', { meetingId: id }).sections).toHaveLength(5);
  });

  it('shows an empty agenda for a meeting made before agendas existed, and lets it take a template', () => {
    h.db.prepare("INSERT INTO meetings (id, title, revision, created_at, updated_at) VALUES (?, 'Old meeting', 3, 1, 1)").run(MISSING_ID);
    const empty = h.agenda('agenda.get', { meetingId: MISSING_ID });
    expect(empty).toMatchObject({ sections: [], revision: 3, templateId: 'blameless-60' });
    expect(failure(h.call('timer.start', { meetingId: MISSING_ID }))).toMatchObject({ code: 'conflict' });
    const applied = h.agenda('agenda.applyTemplate', { meetingId: MISSING_ID, templateId: 'full-105' });
    expect(applied).toMatchObject({ revision: 4, templateId: 'full-105' });
    expect(applied.sections.reduce((sum, s) => sum + s.plannedSeconds, 0)).toBe(105 * 60);
    expect(h.events).toEqual([{ meetingId: MISSING_ID, revision: 4, entity: 'agenda', entityId: MISSING_ID, op: 'updated' }]);
  });

  it('applyTemplate replaces the sections; a missing template or meeting is not_found', () => {
    const meeting = h.createMeeting();
    const old = h.agenda('agenda.get', { meetingId: meeting.id }).sections.map((s) => s.id);
    const applied = h.agenda('agenda.applyTemplate', { meetingId: meeting.id, templateId: 'panel' });
    expect(applied.sections).toHaveLength(12);
    expect(applied.sections.some((s) => old.includes(s.id))).toBe(false);
    expect(h.db.prepare('SELECT count(*) AS n FROM agenda_sections').get()).toEqual({ n: 12 });
    expect(ok<Meeting>(h.call('meetings.get', { id: meeting.id })).templateId).toBe('panel');

    const before = agendaSnapshot(h.db);
    expect(failure(h.call('agenda.applyTemplate', { meetingId: meeting.id, templateId: 'nope' }))).toMatchObject({ code: 'not_found' });
    expect(failure(h.call('agenda.applyTemplate', { meetingId: MISSING_ID, templateId: 'panel' }))).toMatchObject({ code: 'not_found' });
    expect(agendaSnapshot(h.db)).toBe(before);
  });

  it('applyTemplate is refused once the meeting is under way, and allowed after a start paused straight away', () => {
    const meeting = h.createMeeting();
    const meetingId = meeting.id;
    h.agenda('timer.setSound', { meetingId, enabled: true });
    h.agenda('timer.start', { meetingId });
    h.advance(5_000);
    let before = agendaSnapshot(h.db);
    const running = failure(h.call('agenda.applyTemplate', { meetingId, templateId: 'full-105' }));
    expect(running).toMatchObject({ code: 'conflict' });
    expect(running.message).toMatch(/running/);
    expect(agendaSnapshot(h.db)).toBe(before);

    h.agenda('timer.pause', { meetingId });
    const reset = h.agenda('agenda.applyTemplate', { meetingId, templateId: 'full-105' });
    expect(reset.sections).toHaveLength(9);
    expect(reset.timer).toMatchObject({ currentSectionId: null, runningSince: null, meetingStartedAt: null, meetingEndedAt: null, soundEnabled: true });

    h.agenda('timer.start', { meetingId });
    h.advance(2 * MINUTE);
    h.agenda('timer.pause', { meetingId });
    before = agendaSnapshot(h.db);
    const spent = failure(h.call('agenda.applyTemplate', { meetingId, templateId: 'panel' }));
    expect(spent).toMatchObject({ code: 'conflict' });
    expect(spent.message).toMatch(/spent time/);
    expect(agendaSnapshot(h.db)).toBe(before);
  });

  it('applyTemplate is refused once a gate decision is recorded', () => {
    const meetingId = h.createMeeting({ templateId: 'incident-workflow' }).id;
    const triage = h.agenda('agenda.get', { meetingId }).sections[0]!;
    h.agenda('agenda.decide', { id: triage.id, decision: 'approve' });
    expect(failure(h.call('agenda.applyTemplate', { meetingId, templateId: 'panel' }))).toMatchObject({ code: 'conflict' });
  });

  it('adds a section at the end, at a position, or clamped to the end, keeping positions 0..n-1', () => {
    const meetingId = h.createMeeting().id;
    let state = h.agenda('agenda.addSection', { meetingId, title: 'Customer impact', plannedSeconds: 600 });
    expect(state.sections.at(-1)).toMatchObject({
      title: 'Customer impact',
      kind: 'custom',
      plannedSeconds: 600,
      position: 5,
      gated: false,
      perspective: null,
    });
    state = h.agenda('agenda.addSection', {
      meetingId,
      title: 'SRE view',
      kind: 'perspective',
      perspective: 'sre',
      gated: true,
      plannedSeconds: 90,
      position: 1,
    });
    expect(titles(state).slice(0, 3)).toEqual(['Opening', 'SRE view', 'Timeline walkthrough']);
    expect(state.sections[1]).toMatchObject({ kind: 'perspective', perspective: 'sre', gated: true, plannedSeconds: 90 });
    state = h.agenda('agenda.addSection', { meetingId, title: 'Last', plannedSeconds: 60, position: 99 });
    expect(titles(state).at(-1)).toBe('Last');
    expect(positions(state)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(h.events.slice(1).map((e) => [e.entity, e.op, e.entityId])).toEqual(
      [state.sections[6], state.sections[1], state.sections[7]].map((s) => ['agenda', 'created', s!.id]),
    );
  });

  it(`refuses a section beyond ${MAX_SECTIONS}`, () => {
    const meetingId = h.createMeeting().id;
    for (let i = 5; i < MAX_SECTIONS; i++) h.agenda('agenda.addSection', { meetingId, title: `Extra ${i}`, plannedSeconds: 60 });
    const before = agendaSnapshot(h.db);
    expect(failure(h.call('agenda.addSection', { meetingId, title: 'One too many', plannedSeconds: 60 }))).toMatchObject({ code: 'conflict' });
    expect(agendaSnapshot(h.db)).toBe(before);
  });

  it('renames, re-times, re-kinds a section; taking away its gate clears the decision', () => {
    const meetingId = h.createMeeting({ templateId: 'incident-workflow' }).id;
    const triage = h.agenda('agenda.get', { meetingId }).sections[0]!;
    h.agenda('agenda.decide', { id: triage.id, decision: 'revise', note: 'Impact scope unclear' });
    let state = h.agenda('agenda.updateSection', { id: triage.id, patch: { title: 'First look', plannedSeconds: 420 } });
    expect(state.sections[0]).toMatchObject({ title: 'First look', plannedSeconds: 420, kind: 'triage', gated: true, decision: 'revise' });
    state = h.agenda('agenda.updateSection', { id: triage.id, patch: { kind: 'perspective', perspective: 'debugger', gated: false } });
    expect(state.sections[0]).toMatchObject({ kind: 'perspective', perspective: 'debugger', gated: false, decision: null, decisionNote: '' });
    state = h.agenda('agenda.updateSection', { id: triage.id, patch: { perspective: null } });
    expect(state.sections[0]?.perspective).toBeNull();
    expect(failure(h.call('agenda.updateSection', { id: MISSING_ID, patch: { title: 'x' } }))).toMatchObject({ code: 'not_found' });
  });

  it('removes a section and closes the gap', () => {
    const meetingId = h.createMeeting().id;
    const [, timeline] = h.agenda('agenda.get', { meetingId }).sections;
    const state = h.agenda('agenda.removeSection', { id: timeline!.id });
    expect(titles(state)).toEqual(['Opening', 'Root cause (5 Whys)', 'Action items', 'Closing']);
    expect(positions(state)).toEqual([0, 1, 2, 3]);
    expect(h.events.at(-1)).toMatchObject({ entity: 'agenda', op: 'deleted', entityId: timeline!.id, revision: state.revision });
    expect(failure(h.call('agenda.removeSection', { id: timeline!.id }))).toMatchObject({ code: 'not_found' });
  });

  it('removing the running section moves the clock on to the next one, still running', () => {
    const meetingId = h.createMeeting().id;
    const [opening, timeline] = h.agenda('timer.start', { meetingId }).sections;
    h.advance(MINUTE);
    const state = h.agenda('agenda.removeSection', { id: opening!.id });
    expect(state.timer).toMatchObject({ currentSectionId: timeline!.id, runningSince: h.clock });
    expect(state.sections[0]).toMatchObject({ id: timeline!.id, startedAt: h.clock, position: 0 });
  });

  it('removing the paused current section keeps the clock paused on the next one', () => {
    const meetingId = h.createMeeting().id;
    const [opening, timeline] = h.agenda('timer.start', { meetingId }).sections;
    h.advance(MINUTE);
    h.agenda('timer.pause', { meetingId });
    const state = h.agenda('agenda.removeSection', { id: opening!.id });
    expect(state.timer).toMatchObject({ currentSectionId: timeline!.id, runningSince: null, meetingEndedAt: null });
  });

  it('removing the current last section finishes the meeting with the new last section current, and previous reopens it', () => {
    const meetingId = h.createMeeting().id;
    const sections = h.agenda('timer.start', { meetingId }).sections;
    for (let i = 0; i < 4; i++) {
      h.advance(MINUTE);
      h.agenda('timer.next', { meetingId });
    }
    h.advance(MINUTE);
    const state = h.agenda('agenda.removeSection', { id: sections[4]!.id });
    expect(state.timer).toMatchObject({ currentSectionId: sections[3]!.id, runningSince: null, meetingEndedAt: h.clock });
    h.advance(MINUTE);
    const reopened = h.agenda('timer.previous', { meetingId });
    expect(reopened.timer).toMatchObject({ currentSectionId: sections[3]!.id, meetingEndedAt: null, runningSince: null });
  });

  it('removing every section of a started meeting leaves it finished with no current section', () => {
    const meetingId = h.createMeeting().id;
    const sections = h.agenda('timer.start', { meetingId }).sections;
    let state: AgendaState | undefined;
    for (const section of sections) {
      h.advance(1_000);
      state = h.agenda('agenda.removeSection', { id: section.id });
    }
    expect(state?.sections).toEqual([]);
    expect(state?.timer).toMatchObject({ currentSectionId: null, runningSince: null });
    expect(state?.timer.meetingEndedAt).not.toBeNull();
  });

  it('removing another section leaves the clock alone', () => {
    const meetingId = h.createMeeting().id;
    const started = h.agenda('timer.start', { meetingId });
    h.advance(MINUTE);
    const state = h.agenda('agenda.removeSection', { id: started.sections[2]!.id });
    expect(state.timer).toEqual(started.timer);
  });

  it('moves a section, clamping the position to the end; the current section stays current', () => {
    const meetingId = h.createMeeting().id;
    const started = h.agenda('timer.start', { meetingId });
    const [opening, , rootCause] = started.sections;
    let state = h.agenda('agenda.moveSection', { id: opening!.id, position: 2 });
    expect(titles(state)).toEqual(['Timeline walkthrough', 'Root cause (5 Whys)', 'Opening', 'Action items', 'Closing']);
    state = h.agenda('agenda.moveSection', { id: rootCause!.id, position: 99 });
    expect(titles(state)).toEqual(['Timeline walkthrough', 'Opening', 'Action items', 'Closing', 'Root cause (5 Whys)']);
    state = h.agenda('agenda.moveSection', { id: rootCause!.id, position: 0 });
    expect(titles(state)[0]).toBe('Root cause (5 Whys)');
    expect(positions(state)).toEqual([0, 1, 2, 3, 4]);
    expect(state.timer.currentSectionId).toBe(opening!.id);
    expect(failure(h.call('agenda.moveSection', { id: MISSING_ID, position: 0 }))).toMatchObject({ code: 'not_found' });
  });

  it('records an approve / revise decision with a note on a gated section, and clears it', () => {
    const meetingId = h.createMeeting({ templateId: 'incident-workflow' }).id;
    const root = h.agenda('agenda.get', { meetingId }).sections.find((s) => s.kind === 'root_cause')!;
    let state = h.agenda('agenda.decide', { id: root.id, decision: 'revise', note: '  Causal chain has a gap  ' });
    expect(state.sections.find((s) => s.id === root.id)).toMatchObject({ decision: 'revise', decisionNote: 'Causal chain has a gap' });
    state = h.agenda('agenda.decide', { id: root.id, decision: 'approve' });
    expect(state.sections.find((s) => s.id === root.id)).toMatchObject({ decision: 'approve', decisionNote: 'Causal chain has a gap' });
    state = h.agenda('agenda.decide', { id: root.id, decision: null });
    expect(state.sections.find((s) => s.id === root.id)).toMatchObject({ decision: null, decisionNote: '' });
  });

  it('refuses a decision on an ungated section naming decision, and changes nothing', () => {
    const meetingId = h.createMeeting({ templateId: 'incident-workflow' }).id;
    const communication = h.agenda('agenda.get', { meetingId }).sections.find((s) => s.kind === 'communication')!;
    const before = agendaSnapshot(h.db);
    const error = failure(h.call('agenda.decide', { id: communication.id, decision: 'approve' }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'decision' });
    expect(error.message).toMatch(/^decision: /);
    expect(agendaSnapshot(h.db)).toBe(before);
    expect(failure(h.call('agenda.decide', { id: MISSING_ID, decision: 'approve' }))).toMatchObject({ code: 'not_found' });
  });

  it('counts each agenda change as one revision with one event, sent after the commit', () => {
    const meetingId = h.createMeeting({ templateId: 'incident-workflow' }).id;
    const seen: Array<{ revision: number; stored: number }> = [];
    h.service.onChange((event) => {
      const row = h.db.prepare('SELECT revision FROM meetings WHERE id = ?').get(event.meetingId) as { revision: number };
      seen.push({ revision: event.revision, stored: row.revision });
    });
    h.events = [];
    const first = h.agenda('agenda.get', { meetingId }).sections[0]!;
    const results = [
      h.agenda('agenda.addSection', { meetingId, title: 'Extra', plannedSeconds: 60 }),
      h.agenda('agenda.updateSection', { id: first.id, patch: { title: 'Renamed' } }),
      h.agenda('agenda.moveSection', { id: first.id, position: 3 }),
      h.agenda('agenda.decide', { id: first.id, decision: 'approve' }),
      h.agenda('agenda.removeSection', { id: first.id }),
    ];
    expect(h.events.map((e) => [e.entity, e.op, e.revision])).toEqual([
      ['agenda', 'created', 2],
      ['agenda', 'updated', 3],
      ['agenda', 'updated', 4],
      ['agenda', 'updated', 5],
      ['agenda', 'deleted', 6],
    ]);
    expect(results.map((r) => r.revision)).toEqual([2, 3, 4, 5, 6]);
    expect(seen.every((s) => s.revision === s.stored)).toBe(true);
    expect(h.db.inTransaction).toBe(false);
  });

  it.each([
    ['agenda.get', 'meetingId', { meetingId: 'nope' }],
    ['agenda.get', 'extra', { meetingId: MISSING_ID, extra: 1 }],
    ['agenda.applyTemplate', 'meetingId', { meetingId: 'not-a-uuid', templateId: 'panel' }],
    ['agenda.applyTemplate', 'templateId', { meetingId: 'MEETING', templateId: '   ' }],
    ['agenda.addSection', 'title', { meetingId: 'MEETING', title: '', plannedSeconds: 60 }],
    ['agenda.addSection', 'title', { meetingId: 'MEETING', title: 'x'.repeat(121), plannedSeconds: 60 }],
    ['agenda.addSection', 'plannedSeconds', { meetingId: 'MEETING', title: 'x', plannedSeconds: -1 }],
    ['agenda.addSection', 'plannedSeconds', { meetingId: 'MEETING', title: 'x', plannedSeconds: 1.5 }],
    ['agenda.addSection', 'plannedSeconds', { meetingId: 'MEETING', title: 'x', plannedSeconds: 5 * 60 * 60 }],
    ['agenda.addSection', 'kind', { meetingId: 'MEETING', title: 'x', plannedSeconds: 60, kind: 'blame' }],
    ['agenda.addSection', 'perspective', { meetingId: 'MEETING', title: 'x', plannedSeconds: 60, perspective: 'manager' }],
    ['agenda.addSection', 'position', { meetingId: 'MEETING', title: 'x', plannedSeconds: 60, position: -1 }],
    ['agenda.addSection', 'gated', { meetingId: 'MEETING', title: 'x', plannedSeconds: 60, gated: 'yes' }],
    ['agenda.updateSection', 'patch.title', { id: 'SECTION', patch: { title: ' ' } }],
    ['agenda.updateSection', 'patch.plannedSeconds', { id: 'SECTION', patch: { plannedSeconds: '10' } }],
    ['agenda.updateSection', 'patch.position', { id: 'SECTION', patch: { position: 2 } }],
    ['agenda.removeSection', 'id', { id: 'nope' }],
    ['agenda.moveSection', 'position', { id: 'SECTION', position: 'top' }],
    ['agenda.moveSection', 'position', { id: 'SECTION', position: -2 }],
    ['agenda.decide', 'decision', { id: 'SECTION', decision: 'maybe' }],
    ['agenda.decide', 'note', { id: 'SECTION', decision: 'approve', note: 'x'.repeat(2001) }],
  ])('%s: a bad %s is refused naming the field, and nothing changes', (method, field, input) => {
    const meeting = h.createMeeting();
    const section = h.agenda('agenda.get', { meetingId: meeting.id }).sections[0]!;
    // Every field but the bad one is valid, so the refusal can only be about that field.
    const filled = JSON.parse(JSON.stringify(input).replaceAll('"MEETING"', `"${meeting.id}"`).replaceAll('"SECTION"', `"${section.id}"`)) as unknown;
    const before = agendaSnapshot(h.db);
    const error = failure(h.call(method, filled));
    expect(error).toMatchObject({ code: 'invalid_input', field });
    expect(error.message).toContain(field);
    expect(agendaSnapshot(h.db)).toBe(before);
  });
});
