import { useCallback, useSyncExternalStore } from 'react';
import type { AgendaState } from '../../shared/domain/agenda.ts';
import { clockView, type ClockView } from '../../shared/timer/clock.ts';
import { useAgenda } from '../app/services.ts';
import { clockPhase, msUntilNextTick, stepStart, tickKey } from './clock-ticks.ts';

export interface ClockReading {
  agenda: AgendaState;
  view: ClockView;
  /** The service's time (as this window estimates it) the view was derived for: the start of the displayed second. */
  serverNow: number;
}

const noSubscription = () => () => {};

/**
 * The meeting clock, derived at render from the stored schedule and the service-corrected time: nothing counts down
 * in any store. The window re-renders once per displayed second, at the moment the numbers change (and not at all
 * while the meeting has not started or has finished).
 */
export function useClock(meetingId: string): ClockReading | null {
  const agenda = useAgenda((state) => (state.meetingId === meetingId ? state.agenda : null));
  const offsetMs = useAgenda((state) => state.offsetMs);
  const phase = agenda ? clockPhase(agenda) : null;

  const subscribe = useCallback(
    (onStep: () => void) => {
      if (phase === null) return noSubscription();
      let timer: ReturnType<typeof setTimeout>;
      const schedule = () => {
        timer = setTimeout(
          () => {
            onStep();
            schedule();
          },
          msUntilNextTick(Date.now() + offsetMs, phase),
        );
      };
      schedule();
      return () => clearTimeout(timer);
    },
    [phase, offsetMs],
  );
  // The snapshot is the moment the current displayed step began (1 ms in), the same number for the whole step, so
  // React re-renders exactly when it changes. When nothing moves, time does not matter to the view at all.
  const getStepStart = useCallback(() => (phase === null ? 0 : stepStart(tickKey(Date.now() + offsetMs, phase), phase)), [phase, offsetMs]);
  const serverNow = useSyncExternalStore(subscribe, getStepStart);

  if (!agenda) return null;
  return { agenda, view: clockView(agenda, serverNow), serverNow };
}
