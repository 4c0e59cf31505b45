import { formatDuration, type ClockLevel, type ClockStatus, type ClockView } from '../../shared/timer/clock.ts';
import { clockTextAt } from '../../shared/time/zoned-time.ts';

/** The big number and the words around it, as every clock screen shows them. */
export interface ClockDisplay {
  /** "12:05" left, or "+0:42" over. */
  time: string;
  /** "left", "over", "planned" (before the start) or "" once finished. */
  caption: string;
  level: ClockLevel;
  status: ClockStatus;
  statusLabel: string;
  /** 0..1 share of the section used, for the progress bar. */
  progress: number;
}

const STATUS_LABELS: Readonly<Record<ClockStatus, string>> = {
  not_started: 'Not started',
  running: 'Running',
  paused: 'Paused',
  finished: 'Finished',
};

/**
 * What the clock shows for a view: the time left counting down, then the overrun counting up with a plus sign. Before
 * the start it shows the first section's planned time; once finished, how long the meeting took.
 */
export function clockDisplay(view: ClockView, firstSectionSeconds: number | null): ClockDisplay {
  const base = { level: view.level, status: view.status, statusLabel: STATUS_LABELS[view.status] };
  if (view.status === 'not_started') {
    return { ...base, time: formatDuration((firstSectionSeconds ?? 0) * 1000), caption: 'planned', progress: 0 };
  }
  if (view.status === 'finished') return { ...base, level: 'normal', time: formatDuration(view.meetingElapsedMs), caption: 'in total', progress: 1 };
  const over = view.level === 'overrun';
  return {
    ...base,
    time: over ? `+${formatDuration(view.overrunMs)}` : formatDuration(Math.max(0, view.remainingMs)),
    caption: over ? 'over' : 'left',
    progress: Math.min(1, Math.max(0, view.fractionUsed)),
  };
}

export interface MeetingPace {
  elapsed: string;
  planned: string;
  /** "14:55" in the meeting's time zone, or null before the start. */
  projectedEnd: string | null;
  /** "5 min late", "2 min early", "on time". */
  verdict: string;
  late: boolean;
}

/** The meeting as a whole: time used against the plan, and when it will end at this pace, in the meeting's zone. */
export function meetingPace(view: ClockView, timeZone: string): MeetingPace {
  const minutes = Math.round(view.projectedOverrunMs / 60_000);
  const verdict = minutes === 0 ? 'on time' : minutes > 0 ? `${minutes} min late` : `${-minutes} min early`;
  return {
    elapsed: formatDuration(view.meetingElapsedMs),
    planned: formatDuration(view.plannedTotalMs),
    projectedEnd: view.projectedEndAt === null ? null : clockTextAt(view.projectedEndAt, timeZone, 'minute'),
    verdict,
    late: minutes > 0,
  };
}

/** "5" for 300 s, "2.5" for 150 s: minutes as typed in the re-time field. */
export function minutesText(seconds: number): string {
  const minutes = seconds / 60;
  return Number.isInteger(minutes) ? String(minutes) : String(Math.round(minutes * 100) / 100);
}

export type MinutesParse = { ok: true; seconds: number } | { ok: false; message: string };

/** Reads a typed length in minutes: "5", "2.5", "2,5" or "1:30" (minutes and seconds). */
export function parseMinutes(text: string): MinutesParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'is needed, in minutes' };
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(trimmed);
  if (clock) return { ok: true, seconds: Number(clock[1]) * 60 + Number(clock[2]) };
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(trimmed)) return { ok: false, message: 'must be a number of minutes, such as 5 or 2.5' };
  return { ok: true, seconds: Math.round(Number(trimmed.replace(',', '.')) * 60) };
}
