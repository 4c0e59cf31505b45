import { MAX_SECTIONS } from '../../shared/api/agenda.ts';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { AgendaSection, TimerState } from '../../shared/domain/agenda.ts';
import { clockStatus } from '../../shared/timer/clock.ts';
import { next, type ClockState } from '../../shared/timer/transitions.ts';
import {
  countSections,
  decideSection,
  deleteSection,
  deleteSectionsOfMeeting,
  insertSection,
  listSections,
  renumberSections,
  shiftSectionsFrom,
  updateSection,
} from '../db/repositories/agenda-sections.ts';
import { setMeetingTemplate } from '../db/repositories/meetings.ts';
import { getTimerState, idleTimer, saveTimerState } from '../db/repositories/timer-states.ts';
import { persistClock, readAgendaState, readClock } from './agenda-state.ts';
import { insertTemplateSections } from './agenda-template-apply.ts';
import type { ServiceContext } from './context.ts';
import { requireMeeting, requireSection, requireTemplate } from './required-rows.ts';

type AgendaHandlers = ApiHandlers<'agenda'>;

/** Recorded time below this is an accidental start, not a meeting in progress. */
const NEGLIGIBLE_RECORDED_MS = 60_000;

/**
 * A template replaces the whole agenda, so it is refused once the meeting has used it: while the clock runs, once a
 * gate decision is recorded, or once the sections hold a minute or more of recorded time. Short of that (a start
 * that was paused straight away) it is allowed, and the clock goes back to "not started".
 */
function refuseIfAgendaInUse(sections: readonly AgendaSection[], timer: TimerState): void {
  if (clockStatus(timer) === 'running') {
    throw new ApiError('conflict', 'The meeting clock is running: pause it before replacing the agenda with a template.');
  }
  if (sections.some((section) => section.decision !== null)) {
    throw new ApiError('conflict', 'A gate decision is recorded on this agenda: a template would throw it away. Change sections one by one instead.');
  }
  const recordedMs = sections.reduce((sum, section) => sum + section.elapsedMs, 0);
  if (recordedMs >= NEGLIGIBLE_RECORDED_MS) {
    throw new ApiError(
      'conflict',
      'The meeting has already spent time on this agenda: a template would throw that record away. Change sections one by one instead.',
    );
  }
}

/**
 * Taking away the current section moves the clock on as `next` would (keeping it running or paused); if it was the
 * last one the meeting finishes, with the new last section as current so `previous` can reopen it.
 */
function clockWithout(clock: ClockState, removedId: string, at: number): ClockState {
  if (clock.timer.currentSectionId !== removedId) return clock;
  const status = clockStatus(clock.timer);
  const moved = status === 'running' || status === 'paused' ? next(clock, at) : clock;
  if (moved.timer.currentSectionId !== removedId) return moved;
  const remaining = clock.sections.filter((section) => section.id !== removedId);
  return { ...moved, timer: { ...moved.timer, currentSectionId: remaining.at(-1)?.id ?? null, runningSince: null } };
}

export function agendaHandlers({ db, now, newId, mutate }: ServiceContext): AgendaHandlers {
  return {
    'agenda.get': ({ meetingId }) => readAgendaState(db, meetingId, now()),

    'agenda.applyTemplate': ({ meetingId, templateId }) =>
      mutate((changes) => {
        requireMeeting(db, meetingId);
        const template = requireTemplate(db, templateId);
        const { sections, timer } = readClock(db, meetingId);
        refuseIfAgendaInUse(sections, timer);
        deleteSectionsOfMeeting(db, meetingId, sections.length);
        insertTemplateSections(db, meetingId, template, newId);
        if (getTimerState(db, meetingId)) saveTimerState(db, { ...idleTimer(meetingId), soundEnabled: timer.soundEnabled });
        setMeetingTemplate(db, meetingId, template.id);
        changes.touch(meetingId, 'agenda', meetingId, 'updated');
        return readAgendaState(db, meetingId, now());
      }),

    'agenda.addSection': (input) =>
      mutate((changes) => {
        requireMeeting(db, input.meetingId);
        const count = countSections(db, input.meetingId);
        if (count >= MAX_SECTIONS) throw new ApiError('conflict', `An agenda holds at most ${MAX_SECTIONS} sections.`);
        const position = Math.min(input.position ?? count, count);
        shiftSectionsFrom(db, input.meetingId, position);
        const section = insertSection(db, {
          id: newId(),
          meetingId: input.meetingId,
          position,
          kind: input.kind ?? 'custom',
          title: input.title,
          perspective: input.perspective ?? null,
          plannedSeconds: input.plannedSeconds,
          gated: input.gated ?? false,
        });
        changes.touch(input.meetingId, 'agenda', section.id, 'created');
        return readAgendaState(db, input.meetingId, now());
      }),

    'agenda.updateSection': ({ id, patch }) =>
      mutate((changes) => {
        requireSection(db, id);
        const section = updateSection(db, id, patch);
        // A section that no longer has a gate cannot keep the gate's outcome.
        if (!section.gated && section.decision !== null) decideSection(db, id, null, '');
        changes.touch(section.meetingId, 'agenda', id, 'updated');
        return readAgendaState(db, section.meetingId, now());
      }),

    'agenda.removeSection': ({ id }) =>
      mutate((changes) => {
        const { meetingId } = requireSection(db, id);
        const before = readClock(db, meetingId);
        const after = clockWithout(before, id, now());
        const others = (state: ClockState): ClockState => ({ ...state, sections: state.sections.filter((s) => s.id !== id) });
        persistClock(db, others(before), others(after));
        deleteSection(db, id);
        const remaining = listSections(db, meetingId);
        renumberSections(
          db,
          remaining.map((section) => section.id),
          remaining,
        );
        changes.touch(meetingId, 'agenda', id, 'deleted');
        return readAgendaState(db, meetingId, now());
      }),

    'agenda.moveSection': ({ id, position }) =>
      mutate((changes) => {
        const { meetingId } = requireSection(db, id);
        const sections = listSections(db, meetingId);
        const order = sections.map((section) => section.id).filter((sectionId) => sectionId !== id);
        order.splice(Math.min(position, order.length), 0, id);
        renumberSections(db, order, sections);
        changes.touch(meetingId, 'agenda', id, 'updated');
        return readAgendaState(db, meetingId, now());
      }),

    'agenda.decide': ({ id, decision, note }) =>
      mutate((changes) => {
        const section = requireSection(db, id);
        if (!section.gated) {
          throw new ApiError('invalid_input', 'decision: only a gated section takes an approve / revise decision', 'decision');
        }
        // Clearing the decision clears its note unless a new note is given.
        const decisionNote = note ?? (decision === null ? '' : section.decisionNote);
        decideSection(db, id, decision, decisionNote);
        changes.touch(section.meetingId, 'agenda', id, 'updated');
        return readAgendaState(db, section.meetingId, now());
      }),
  };
}
