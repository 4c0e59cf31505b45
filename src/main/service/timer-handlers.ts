import type { ApiHandlers } from '../../shared/api/contract.ts';
import { extend, finish, next, pause, previous, restartSection, start, type ClockState } from '../../shared/timer/transitions.ts';
import { persistClock, readAgendaState, readClock } from './agenda-state.ts';
import type { ServiceContext } from './context.ts';
import { requireMeeting } from './required-rows.ts';

type TimerHandlers = ApiHandlers<'timer'>;

type Transition = (state: ClockState, now: number) => ClockState;

export function timerHandlers({ db, now, mutate }: ServiceContext): TimerHandlers {
  /**
   * Loads the stored schedule, applies one pure transition at the service's time, and writes only what it changed.
   * A command that changes nothing (pausing a paused clock) is not a new revision and sends no event.
   */
  const apply = (meetingId: string, transition: Transition) =>
    mutate((changes) => {
      requireMeeting(db, meetingId);
      const at = now();
      const before = readClock(db, meetingId);
      const after = transition(before, at);
      if (persistClock(db, before, after)) changes.touch(meetingId, 'timer', meetingId, 'updated');
      return readAgendaState(db, meetingId, at);
    });

  return {
    'timer.start': ({ meetingId }) => apply(meetingId, start),
    'timer.pause': ({ meetingId }) => apply(meetingId, pause),
    'timer.next': ({ meetingId }) => apply(meetingId, next),
    'timer.previous': ({ meetingId }) => apply(meetingId, previous),
    'timer.extend': ({ meetingId, seconds }) => apply(meetingId, (state) => extend(state, seconds)),
    'timer.restartSection': ({ meetingId }) => apply(meetingId, restartSection),
    'timer.finish': ({ meetingId }) => apply(meetingId, finish),
    'timer.setSound': ({ meetingId, enabled }) => apply(meetingId, (state) => ({ ...state, timer: { ...state.timer, soundEnabled: enabled } })),
  };
}
