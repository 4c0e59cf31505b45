import type { ApiHandlers } from '../../shared/api/contract.ts';
import { gateHolds } from '../../shared/agenda/gate.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { clockStatus } from '../../shared/timer/clock.ts';
import { extend, finish, next, pause, previous, restartSection, start, type ClockState } from '../../shared/timer/transitions.ts';
import { overrideSectionGate } from '../db/repositories/agenda-sections.ts';
import { persistClock, readAgendaState, readClock } from './agenda-state.ts';
import type { ServiceContext } from './context.ts';
import { requireMeeting } from './required-rows.ts';

type TimerHandlers = ApiHandlers<'timer'>;

type Transition = (state: ClockState, now: number) => ClockState;

/** The current section, if it is a gate that holds Next (no decision, no override yet). */
function undecidedGate(state: ClockState) {
  const current = state.sections.find((section) => section.id === state.timer.currentSectionId);
  return current && gateHolds(current, clockStatus(state.timer)) ? current : null;
}

export function timerHandlers({ db, now, mutate }: ServiceContext): TimerHandlers {
  /**
   * Loads the stored schedule, applies one pure transition at the service's time, and writes only what it changed.
   * A command that changes nothing (pausing a paused clock) is not a new revision and sends no event. A step sent
   * with the current section the caller saw is ignored once that is no longer the current one: the step it meant
   * has already happened (a double click) or someone else moved the clock.
   */
  const apply = (meetingId: string, transition: Transition, expectedSectionId?: string | null, before?: (state: ClockState, at: number) => boolean) =>
    mutate((changes) => {
      requireMeeting(db, meetingId);
      const at = now();
      const stored = readClock(db, meetingId);
      if (expectedSectionId !== undefined && stored.timer.currentSectionId !== expectedSectionId) return readAgendaState(db, meetingId, at);
      const wrote = before?.(stored, at) ?? false;
      const clock = wrote ? readClock(db, meetingId) : stored;
      const after = transition(clock, at);
      if (persistClock(db, clock, after) || wrote) changes.touch(meetingId, 'timer', meetingId, 'updated');
      return readAgendaState(db, meetingId, at);
    });

  /**
   * Leaving an undecided review gate (Next, or Finish on it): refused unless the caller confirmed passing it, which is
   * then recorded on the section with the time and the reason.
   */
  const passGate =
    (overrideGate: { note?: string | undefined } | undefined) =>
    (state: ClockState, at: number): boolean => {
      const gate = undecidedGate(state);
      if (!gate) return false;
      if (!overrideGate) {
        throw new ApiError(
          'conflict',
          `“${gate.title}” is a review gate: approve it or ask for a revision before moving on, or pass it without a decision after confirming.`,
        );
      }
      overrideSectionGate(db, gate.id, at, overrideGate.note?.trim() ?? '');
      return true;
    };

  return {
    'timer.start': ({ meetingId }) => apply(meetingId, start),
    'timer.pause': ({ meetingId }) => apply(meetingId, pause),
    'timer.next': ({ meetingId, expectedSectionId, overrideGate }) => apply(meetingId, next, expectedSectionId, passGate(overrideGate)),
    'timer.previous': ({ meetingId, expectedSectionId }) => apply(meetingId, previous, expectedSectionId),
    'timer.extend': ({ meetingId, seconds }) => apply(meetingId, (state) => extend(state, seconds)),
    'timer.restartSection': ({ meetingId }) => apply(meetingId, restartSection),
    'timer.finish': ({ meetingId, overrideGate }) => apply(meetingId, finish, undefined, passGate(overrideGate)),
    'timer.setSound': ({ meetingId, enabled }) => apply(meetingId, (state) => ({ ...state, timer: { ...state.timer, soundEnabled: enabled } })),
  };
}
