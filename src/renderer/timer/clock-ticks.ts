import type { AgendaState } from '../../shared/domain/agenda.ts';
import { clockStatus } from '../../shared/timer/clock.ts';

/** Milliseconds in a displayed clock step: every number on the clock screens changes once a second at most. */
export const TICK_MS = 1000;

/**
 * When, within a second of the service's clock, the numbers on screen change. A running section's remaining time
 * turns over when its own elapsed time crosses a whole second, i.e. at `runningSince - elapsedMs` modulo a second;
 * while paused only the meeting's elapsed time moves, which turns over at `meetingStartedAt` modulo a second.
 * Null when nothing moves (not started, or finished), so no screen needs to re-render at all.
 */
export function clockPhase(agenda: Pick<AgendaState, 'sections' | 'timer'>): number | null {
  const { timer } = agenda;
  const status = clockStatus(timer);
  if (status === 'running' && timer.runningSince !== null) {
    const current = agenda.sections.find((section) => section.id === timer.currentSectionId);
    return mod(timer.runningSince - (current?.elapsedMs ?? 0), TICK_MS);
  }
  if (status === 'paused' && timer.meetingStartedAt !== null) return mod(timer.meetingStartedAt, TICK_MS);
  return null;
}

/** Which displayed step `serverNow` falls in; the screen re-renders only when this changes. */
export function tickKey(serverNow: number, phase: number): number {
  return Math.floor((serverNow - phase) / TICK_MS);
}

/** The service time a step stands for: 1 ms after it began, so a section that just reached zero already counts as over. */
export function stepStart(key: number, phase: number): number {
  return key * TICK_MS + phase + 1;
}

/** How long from `serverNow` until the next step begins (a couple of ms late, so the new step has surely begun). */
export function msUntilNextTick(serverNow: number, phase: number): number {
  return TICK_MS - mod(serverNow - phase, TICK_MS) + 2;
}

function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
