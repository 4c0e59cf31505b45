import { ApiError } from '../api/errors.ts';
import type { AgendaSection, TimerState } from '../domain/agenda.ts';
import { clockStatus } from './clock.ts';

/**
 * Timer commands as pure functions from one stored schedule to the next. The service persists what they return in
 * one transaction, so a restart of the app resumes exactly where it was.
 */
export interface ClockState {
  sections: AgendaSection[];
  timer: TimerState;
}

function refuse(message: string): never {
  throw new ApiError('conflict', message);
}

/** Moves the running stretch into the current section's elapsed time and stops the clock. */
function settle(state: ClockState, now: number): ClockState {
  const { timer } = state;
  if (timer.runningSince === null || timer.currentSectionId === null) return { ...state, timer: { ...timer, runningSince: null } };
  const stretch = Math.max(0, now - timer.runningSince);
  return {
    sections: state.sections.map((s) => (s.id === timer.currentSectionId ? { ...s, elapsedMs: s.elapsedMs + stretch } : s)),
    timer: { ...timer, runningSince: null },
  };
}

function currentIndex(state: ClockState): number {
  const id = state.timer.currentSectionId;
  return id === null ? -1 : state.sections.findIndex((s) => s.id === id);
}

/** Makes section `index` current, resuming the clock if `running`. */
function enter(state: ClockState, index: number, running: boolean, now: number): ClockState {
  const target = state.sections[index];
  if (!target) return refuse('There is no such section in the agenda.');
  return {
    sections: state.sections.map((s) => (s.id === target.id ? { ...s, startedAt: s.startedAt ?? now, endedAt: null } : s)),
    timer: { ...state.timer, currentSectionId: target.id, runningSince: running ? now : null },
  };
}

function leaveCurrent(state: ClockState, now: number): ClockState {
  const id = state.timer.currentSectionId;
  return { ...state, sections: state.sections.map((s) => (s.id === id ? { ...s, endedAt: now } : s)) };
}

/** Starts the meeting at the first section, resumes a paused clock, or reopens a finished meeting. */
export function start(state: ClockState, now: number): ClockState {
  if (state.sections.length === 0) refuse('The agenda has no sections yet: add one or choose a template first.');
  const status = clockStatus(state.timer);
  if (status === 'running') return state;
  const timer = { ...state.timer, meetingStartedAt: state.timer.meetingStartedAt ?? now, meetingEndedAt: null };
  const index = currentIndex(state);
  return enter({ ...state, timer }, index >= 0 ? index : 0, true, now);
}

export function pause(state: ClockState, now: number): ClockState {
  return clockStatus(state.timer) === 'running' ? settle(state, now) : state;
}

/** Moves on, keeping the clock running or paused as it was; past the last section the meeting finishes. */
export function next(state: ClockState, now: number): ClockState {
  const status = clockStatus(state.timer);
  if (status === 'finished') refuse('The meeting has finished; start it again to reopen it.');
  if (status === 'not_started') return start(state, now);
  const index = currentIndex(state);
  if (index >= state.sections.length - 1) return finish(state, now);
  const settled = leaveCurrent(settle(state, now), now);
  return enter(settled, index + 1, status === 'running', now);
}

/** Goes back one section (to undo an accidental advance); its time carries on from where it stopped. */
export function previous(state: ClockState, now: number): ClockState {
  const status = clockStatus(state.timer);
  if (status === 'not_started') refuse('The meeting has not started yet.');
  const index = currentIndex(state);
  if (status === 'finished') {
    const reopened = { ...state, timer: { ...state.timer, meetingEndedAt: null } };
    return enter(reopened, Math.max(0, index), false, now);
  }
  if (index <= 0) return state;
  const settled = leaveCurrent(settle(state, now), now);
  return enter(settled, index - 1, status === 'running', now);
}

/** Adds (or with a negative number takes away) time from the current section; its budget never drops below zero. */
export function extend(state: ClockState, seconds: number): ClockState {
  const id = state.timer.currentSectionId;
  if (id === null || clockStatus(state.timer) === 'finished') refuse('There is no running section to extend.');
  return {
    ...state,
    sections: state.sections.map((s) => (s.id === id ? { ...s, extensionSeconds: Math.max(-s.plannedSeconds, s.extensionSeconds + seconds) } : s)),
  };
}

/** Starts the current section's time over, dropping its extensions. */
export function restartSection(state: ClockState, now: number): ClockState {
  const id = state.timer.currentSectionId;
  const status = clockStatus(state.timer);
  if (id === null || status === 'finished') refuse('There is no current section to restart.');
  return {
    sections: state.sections.map((s) => (s.id === id ? { ...s, elapsedMs: 0, extensionSeconds: 0, startedAt: now, endedAt: null } : s)),
    timer: { ...state.timer, runningSince: status === 'running' ? now : null },
  };
}

export function finish(state: ClockState, now: number): ClockState {
  const status = clockStatus(state.timer);
  if (status === 'finished') return state;
  if (status === 'not_started') refuse('The meeting has not started yet.');
  const settled = leaveCurrent(settle(state, now), now);
  return { ...settled, timer: { ...settled.timer, meetingEndedAt: now } };
}
