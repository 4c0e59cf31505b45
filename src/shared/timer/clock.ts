import type { AgendaSection, TimerState } from '../domain/agenda.ts';

/** The share of a section's time after which the clock shows its warning colour. */
export const WARNING_FRACTION = 0.8;

export type ClockStatus = 'not_started' | 'running' | 'paused' | 'finished';
export type ClockLevel = 'normal' | 'warning' | 'overrun';

export interface AgendaClock {
  sections: readonly AgendaSection[];
  timer: TimerState;
}

export interface ClockView {
  status: ClockStatus;
  /** Index of the current section, or -1 before the meeting starts. */
  currentIndex: number;
  current: AgendaSection | null;
  next: AgendaSection | null;
  /** The current section's budget (planned plus extensions), time spent, and what is left (negative once over). */
  budgetMs: number;
  elapsedMs: number;
  remainingMs: number;
  overrunMs: number;
  /** Share of the budget used; above 1 once over. A zero budget counts as used up. */
  fractionUsed: number;
  level: ClockLevel;
  /** Wall-clock time since the meeting started (pauses included), and the agenda's planned length. */
  meetingElapsedMs: number;
  plannedTotalMs: number;
  /** When the meeting will end if every remaining section takes its budget; null before it starts. */
  projectedEndAt: number | null;
  /** Projected length minus planned length: positive means running late. */
  projectedOverrunMs: number;
}

export function sectionBudgetMs(section: AgendaSection): number {
  return Math.max(0, section.plannedSeconds + section.extensionSeconds) * 1000;
}

/** Time spent in a section, counting the stretch that is running now. */
export function sectionElapsedMs(section: AgendaSection, timer: TimerState, now: number): number {
  const running = timer.currentSectionId === section.id && timer.runningSince !== null ? Math.max(0, now - timer.runningSince) : 0;
  return section.elapsedMs + running;
}

export function clockStatus(timer: TimerState): ClockStatus {
  if (timer.meetingEndedAt !== null) return 'finished';
  if (timer.currentSectionId === null) return 'not_started';
  return timer.runningSince !== null ? 'running' : 'paused';
}

/**
 * Everything a screen shows about the clock, derived from the stored schedule and the current time. Every screen
 * that calls this with the same state and the same (server-corrected) time shows the same numbers.
 */
export function clockView({ sections, timer }: AgendaClock, now: number): ClockView {
  const status = clockStatus(timer);
  const currentIndex = timer.currentSectionId === null ? -1 : sections.findIndex((s) => s.id === timer.currentSectionId);
  const current = currentIndex >= 0 ? (sections[currentIndex] ?? null) : null;
  const next = sections[currentIndex + 1] ?? null;
  const plannedTotalMs = sections.reduce((sum, s) => sum + s.plannedSeconds * 1000, 0);

  const budgetMs = current ? sectionBudgetMs(current) : 0;
  const elapsedMs = current ? sectionElapsedMs(current, timer, now) : 0;
  const remainingMs = budgetMs - elapsedMs;
  const overrunMs = Math.max(0, -remainingMs);
  const fractionUsed = budgetMs > 0 ? elapsedMs / budgetMs : current ? 1 : 0;
  const level: ClockLevel = !current
    ? 'normal'
    : remainingMs < 0 || (budgetMs === 0 && elapsedMs > 0)
      ? 'overrun'
      : fractionUsed >= WARNING_FRACTION
        ? 'warning'
        : 'normal';

  const startedAt = timer.meetingStartedAt;
  const endedAt = status === 'finished' ? timer.meetingEndedAt : null;
  const meetingElapsedMs = startedAt === null ? 0 : Math.max(0, (endedAt ?? now) - startedAt);

  let projectedEndAt: number | null = null;
  if (endedAt !== null) projectedEndAt = endedAt;
  else if (startedAt !== null) {
    const later = sections.slice(currentIndex + 1).reduce((sum, s) => sum + Math.max(0, sectionBudgetMs(s) - s.elapsedMs), 0);
    projectedEndAt = now + Math.max(0, remainingMs) + later;
  }
  const projectedOverrunMs = projectedEndAt !== null && startedAt !== null ? projectedEndAt - startedAt - plannedTotalMs : 0;

  return {
    status,
    currentIndex,
    current,
    next,
    budgetMs,
    elapsedMs,
    remainingMs,
    overrunMs,
    fractionUsed,
    level,
    meetingElapsedMs,
    plannedTotalMs,
    projectedEndAt,
    projectedOverrunMs,
  };
}

/**
 * How far the server's clock is ahead of this one, from one request/response pair: the server read its clock about
 * halfway through the round trip.
 */
export function estimateClockOffset(serverNow: number, sentAt: number, receivedAt: number): number {
  return Math.round(serverNow - (sentAt + receivedAt) / 2);
}

/** "12:05", "1:02:03", "-0:42" style: minutes and seconds, hours only when needed. Rounds towards the next second. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const totalSeconds = Math.ceil(Math.abs(ms) / 1000 - 1e-9);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${sign}${minutes}:${ss}`;
}
