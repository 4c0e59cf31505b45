import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaState } from '../../src/shared/domain/agenda.ts';
import { AgendaHarness, MINUTE, agendaSnapshot, failure } from '../harness/index.ts';

const currentTitle = (state: AgendaState) => state.sections.find((section) => section.id === state.timer.currentSectionId)?.title ?? null;

describe('timer steps over a real SQLite file', () => {
  let h: AgendaHarness;
  beforeEach(async () => {
    h = new AgendaHarness();
    await h.open();
  });
  afterEach(() => h.close());

  describe('a step names the section it leaves', () => {
    it('moves once when two Next calls name the same current section, as a double click sends them', () => {
      const meetingId = h.createMeeting().id;
      const started = h.agenda('timer.start', { meetingId });
      expect(currentTitle(started)).toBe('Opening');
      const opening = started.timer.currentSectionId;
      h.advance(MINUTE);
      h.events = [];
      const first = h.agenda('timer.next', { meetingId, expectedSectionId: opening });
      expect(currentTitle(first)).toBe('Timeline walkthrough');
      const snapshot = agendaSnapshot(h.db);
      const second = h.agenda('timer.next', { meetingId, expectedSectionId: opening });
      expect(currentTitle(second)).toBe('Timeline walkthrough');
      expect(second.revision).toBe(first.revision);
      expect(agendaSnapshot(h.db)).toBe(snapshot);
      expect(h.events).toHaveLength(1);
    });

    it('moves back once for two Previous calls naming the same section', () => {
      const meetingId = h.createMeeting().id;
      h.agenda('timer.start', { meetingId });
      h.agenda('timer.next', { meetingId });
      const third = h.agenda('timer.next', { meetingId });
      expect(currentTitle(third)).toBe('Root cause (5 Whys)');
      const expectedSectionId = third.timer.currentSectionId;
      expect(currentTitle(h.agenda('timer.previous', { meetingId, expectedSectionId }))).toBe('Timeline walkthrough');
      expect(currentTitle(h.agenda('timer.previous', { meetingId, expectedSectionId }))).toBe('Timeline walkthrough');
    });

    it('starts the meeting from a Next that expects no section, only once', () => {
      const meetingId = h.createMeeting().id;
      expect(currentTitle(h.agenda('timer.next', { meetingId, expectedSectionId: null }))).toBe('Opening');
      expect(currentTitle(h.agenda('timer.next', { meetingId, expectedSectionId: null }))).toBe('Opening');
    });

    it('still steps when no expectation is given, as scripts and the CLI call it', () => {
      const meetingId = h.createMeeting().id;
      h.agenda('timer.start', { meetingId });
      h.agenda('timer.next', { meetingId });
      expect(currentTitle(h.agenda('timer.next', { meetingId }))).toBe('Root cause (5 Whys)');
    });

    it('refuses an expected section id that is not an id, naming the field', () => {
      const meetingId = h.createMeeting().id;
      expect(failure(h.call('timer.next', { meetingId, expectedSectionId: 42 }))).toMatchObject({ code: 'invalid_input', field: 'expectedSectionId' });
    });
  });

  describe('a gated section holds Next until it is decided', () => {
    const workflow = () => {
      const meetingId = h.createMeeting({ templateId: 'incident-workflow' }).id;
      const started = h.agenda('timer.start', { meetingId });
      expect(currentTitle(started)).toBe('Triage');
      return { meetingId, triage: started.timer.currentSectionId! };
    };

    it('refuses Next on an undecided gate with a message naming the section, and changes nothing', () => {
      const { meetingId } = workflow();
      h.advance(MINUTE);
      const before = agendaSnapshot(h.db);
      h.events = [];
      const error = failure(h.call('timer.next', { meetingId }));
      expect(error.code).toBe('conflict');
      expect(error.message).toContain('“Triage”');
      expect(error.message).toMatch(/approve it or ask for a revision/);
      expect(agendaSnapshot(h.db)).toBe(before);
      expect(h.events).toEqual([]);
    });

    it('lets Next pass once the gate is approved, or sent back for revision', () => {
      const { meetingId, triage } = workflow();
      h.agenda('agenda.decide', { id: triage, decision: 'approve', note: 'Scope agreed' });
      const mitigation = h.agenda('timer.next', { meetingId });
      expect(currentTitle(mitigation)).toBe('Mitigation');
      h.agenda('agenda.decide', { id: mitigation.timer.currentSectionId, decision: 'revise', note: 'Numbers missing' });
      expect(currentTitle(h.agenda('timer.next', { meetingId }))).toBe('Stakeholder communication');
    });

    it('passes an undecided gate with an override, recording when and why, and passes it again later without asking', () => {
      const { meetingId, triage } = workflow();
      h.advance(2 * MINUTE);
      const at = h.clock;
      const passed = h.agenda('timer.next', { meetingId, expectedSectionId: triage, overrideGate: { note: '  Triage lead is away  ' } });
      expect(currentTitle(passed)).toBe('Mitigation');
      expect(passed.sections.find((section) => section.id === triage)).toMatchObject({
        decision: null,
        gateOverriddenAt: at,
        gateOverrideNote: 'Triage lead is away',
      });
      // Back to triage and on again: the override still stands.
      h.agenda('timer.previous', { meetingId });
      expect(currentTitle(h.agenda('timer.next', { meetingId }))).toBe('Mitigation');
    });

    it('holds Finish on an undecided gate too, and finishes with a recorded override', () => {
      const { meetingId, triage } = workflow();
      h.advance(MINUTE);
      const before = agendaSnapshot(h.db);
      const error = failure(h.call('timer.finish', { meetingId }));
      expect(error.code).toBe('conflict');
      expect(error.message).toContain('“Triage”');
      expect(agendaSnapshot(h.db)).toBe(before);
      const at = h.clock;
      const finished = h.agenda('timer.finish', { meetingId, overrideGate: { note: 'Out of time' } });
      expect(finished.timer.meetingEndedAt).not.toBeNull();
      const gate = finished.sections.find((section) => section.id === triage);
      expect(gate).toMatchObject({ decision: null, gateOverrideNote: 'Out of time' });
      // The service's clock never repeats a millisecond, so the refused call just before may have used this one.
      expect(gate?.gateOverriddenAt).toBeGreaterThanOrEqual(at);
      expect(gate?.gateOverriddenAt).toBeLessThan(at + 1000);
    });

    it('records an override without a reason as an empty note', () => {
      const { meetingId, triage } = workflow();
      h.advance(MINUTE);
      const at = h.clock;
      const passed = h.agenda('timer.next', { meetingId, overrideGate: {} });
      expect(passed.sections.find((section) => section.id === triage)).toMatchObject({ gateOverriddenAt: at, gateOverrideNote: '' });
    });

    it('ignores a stale override: a second confirmed click does not skip the next gate', () => {
      const { meetingId, triage } = workflow();
      h.agenda('timer.next', { meetingId, expectedSectionId: triage, overrideGate: { note: 'first' } });
      const again = h.agenda('timer.next', { meetingId, expectedSectionId: triage, overrideGate: { note: 'second' } });
      expect(currentTitle(again)).toBe('Mitigation');
      expect(again.sections.find((section) => section.title === 'Mitigation')?.gateOverriddenAt).toBeNull();
      expect(again.sections.find((section) => section.id === triage)?.gateOverrideNote).toBe('first');
    });

    it('does not hold a section that is not gated, nor the start of the meeting', () => {
      const meetingId = h.createMeeting({ templateId: 'incident-workflow' }).id;
      expect(currentTitle(h.agenda('timer.next', { meetingId }))).toBe('Triage');
    });
  });
});
