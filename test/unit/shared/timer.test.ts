import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { AgendaSection, TimerState } from '../../../src/shared/domain/agenda.ts';
import { clockView, estimateClockOffset, formatDuration } from '../../../src/shared/timer/clock.ts';
import * as timer from '../../../src/shared/timer/transitions.ts';
import type { ClockState } from '../../../src/shared/timer/transitions.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 14, 0, 0);

function section(id: string, position: number, minutes: number): AgendaSection {
  return {
    id,
    meetingId: 'm',
    position,
    kind: 'custom',
    title: id,
    perspective: null,
    plannedSeconds: minutes * 60,
    extensionSeconds: 0,
    elapsedMs: 0,
    startedAt: null,
    endedAt: null,
    gated: false,
    decision: null,
    decisionNote: '',
    gateOverriddenAt: null,
    gateOverrideNote: '',
  };
}

function agenda(): ClockState {
  const idle: TimerState = {
    meetingId: 'm',
    currentSectionId: null,
    runningSince: null,
    meetingStartedAt: null,
    meetingEndedAt: null,
    soundEnabled: false,
  };
  return { sections: [section('opening', 0, 5), section('timeline', 1, 20), section('closing', 2, 5)], timer: idle };
}

/** Runs commands at the given times, like a facilitator pressing keys. */
function run(state: ClockState, steps: Array<[at: number, step: (s: ClockState, now: number) => ClockState]>): ClockState {
  return steps.reduce((current, [at, step]) => step(current, at), state);
}

describe('clockView before the meeting', () => {
  it('shows the plan and nothing running', () => {
    const view = clockView(agenda(), T0);
    expect(view).toMatchObject({ status: 'not_started', currentIndex: -1, current: null, remainingMs: 0, level: 'normal' });
    expect(view.next?.id).toBe('opening');
    expect(view.plannedTotalMs).toBe(30 * MIN);
    expect(view.projectedEndAt).toBeNull();
  });
});

describe('timer transitions and the derived clock', () => {
  it('counts down while running and stands still while paused', () => {
    const started = timer.start(agenda(), T0);
    expect(clockView(started, T0 + 2 * MIN)).toMatchObject({ status: 'running', remainingMs: 3 * MIN, level: 'normal' });
    const paused = timer.pause(started, T0 + 2 * MIN);
    expect(clockView(paused, T0 + 10 * MIN)).toMatchObject({ status: 'paused', remainingMs: 3 * MIN });
    const resumed = timer.start(paused, T0 + 10 * MIN);
    expect(clockView(resumed, T0 + 11 * MIN)).toMatchObject({ status: 'running', remainingMs: 2 * MIN });
    // The meeting's wall clock includes the pause.
    expect(clockView(resumed, T0 + 11 * MIN).meetingElapsedMs).toBe(11 * MIN);
  });

  it('warns from 80% of the section and counts the overrun up afterwards', () => {
    const started = timer.start(agenda(), T0);
    expect(clockView(started, T0 + 3.99 * MIN).level).toBe('normal');
    expect(clockView(started, T0 + 4 * MIN).level).toBe('warning');
    expect(clockView(started, T0 + 5 * MIN)).toMatchObject({ level: 'warning', remainingMs: 0, overrunMs: 0 });
    expect(clockView(started, T0 + 6.5 * MIN)).toMatchObject({ level: 'overrun', remainingMs: -1.5 * MIN, overrunMs: 1.5 * MIN });
  });

  it('extends by 1 and 5 minutes, shortens by 1, and never below zero', () => {
    let state = timer.start(agenda(), T0);
    state = timer.extend(state, 60);
    state = timer.extend(state, 300);
    expect(clockView(state, T0).remainingMs).toBe(11 * MIN);
    state = timer.extend(state, -60);
    expect(clockView(state, T0).remainingMs).toBe(10 * MIN);
    state = timer.extend(state, -3600);
    expect(clockView(state, T0)).toMatchObject({ budgetMs: 0, remainingMs: 0, level: 'warning' });
    expect(clockView(state, T0 + 1000)).toMatchObject({ level: 'overrun', overrunMs: 1000 });
  });

  it('next keeps the clock running, and previous after next resumes the earlier section where it was', () => {
    const state = run(agenda(), [
      [T0, timer.start],
      [T0 + 3 * MIN, timer.next],
    ]);
    expect(clockView(state, T0 + 4 * MIN)).toMatchObject({ status: 'running', currentIndex: 1, remainingMs: 19 * MIN });
    expect(state.sections[0]).toMatchObject({ elapsedMs: 3 * MIN, endedAt: T0 + 3 * MIN });

    // An accidental advance, undone ten seconds later: those ten seconds belong to the section that was current.
    const undone = timer.previous(state, T0 + 3 * MIN + 10_000);
    const view = clockView(undone, T0 + 3 * MIN + 10_000);
    expect(view).toMatchObject({ status: 'running', currentIndex: 0, remainingMs: 2 * MIN });
    expect(undone.sections[1]).toMatchObject({ elapsedMs: 10_000 });
    expect(undone.sections[0]).toMatchObject({ endedAt: null, startedAt: T0 });
  });

  it('next while paused moves on paused; previous at the first section stays put', () => {
    const state = run(agenda(), [
      [T0, timer.start],
      [T0 + MIN, timer.pause],
      [T0 + 2 * MIN, timer.next],
    ]);
    expect(clockView(state, T0 + 9 * MIN)).toMatchObject({ status: 'paused', currentIndex: 1, remainingMs: 20 * MIN });
    const first = timer.start(agenda(), T0);
    expect(timer.previous(first, T0 + MIN)).toBe(first);
  });

  it('restarts the current section from its full budget, dropping extensions', () => {
    const state = run(agenda(), [
      [T0, timer.start],
      [T0 + 4 * MIN, (s) => timer.extend(s, 300)],
      [T0 + 6 * MIN, timer.restartSection],
    ]);
    expect(clockView(state, T0 + 7 * MIN)).toMatchObject({ remainingMs: 4 * MIN, level: 'normal' });
  });

  it('finishes after the last section and can be reopened', () => {
    const finished = run(agenda(), [
      [T0, timer.start],
      [T0 + 5 * MIN, timer.next],
      [T0 + 25 * MIN, timer.next],
      [T0 + 31 * MIN, timer.next],
    ]);
    const view = clockView(finished, T0 + 90 * MIN);
    expect(view).toMatchObject({ status: 'finished', meetingElapsedMs: 31 * MIN, projectedEndAt: T0 + 31 * MIN, projectedOverrunMs: MIN });
    expect(finished.sections.map((s) => s.elapsedMs)).toEqual([5 * MIN, 20 * MIN, 6 * MIN]);
    expect(() => timer.next(finished, T0 + 91 * MIN)).toThrow(ApiError);
    const reopened = timer.start(finished, T0 + 92 * MIN);
    expect(clockView(reopened, T0 + 92 * MIN)).toMatchObject({ status: 'running', currentIndex: 2 });
    expect(reopened.timer.meetingStartedAt).toBe(T0);
  });

  it('projects the end time from what is left, and how late that is against the plan', () => {
    const state = run(agenda(), [
      [T0, timer.start],
      [T0 + 8 * MIN, timer.next], // the opening took 8 of its 5 minutes
    ]);
    const view = clockView(state, T0 + 8 * MIN);
    expect(view.projectedEndAt).toBe(T0 + 8 * MIN + 20 * MIN + 5 * MIN);
    expect(view.projectedOverrunMs).toBe(3 * MIN);
    // An overrunning current section pushes the end out as it goes.
    expect(clockView(state, T0 + 30 * MIN).projectedEndAt).toBe(T0 + 30 * MIN + 5 * MIN);
  });

  it('survives a restart of the process mid-section: the stored schedule alone gives the same clock', () => {
    const state = run(agenda(), [
      [T0, timer.start],
      [T0 + 2 * MIN, timer.next],
    ]);
    const stored = JSON.parse(JSON.stringify(state)) as ClockState; // what the database holds
    expect(clockView(stored, T0 + 12 * MIN)).toEqual(clockView(state, T0 + 12 * MIN));
    expect(clockView(stored, T0 + 12 * MIN).remainingMs).toBe(10 * MIN);
  });

  it('refuses what makes no sense, with a conflict error', () => {
    const empty: ClockState = { ...agenda(), sections: [] };
    expect(() => timer.start(empty, T0)).toThrow(/no sections/);
    expect(() => timer.extend(agenda(), 60)).toThrow(ApiError);
    expect(() => timer.finish(agenda(), T0)).toThrow(/not started/);
    expect(() => timer.previous(agenda(), T0)).toThrow(/not started/);
    try {
      timer.restartSection(agenda(), T0);
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('conflict');
    }
  });

  it('start while running and pause while paused change nothing', () => {
    const running = timer.start(agenda(), T0);
    expect(timer.start(running, T0 + MIN)).toBe(running);
    const paused = timer.pause(running, T0 + MIN);
    expect(timer.pause(paused, T0 + 2 * MIN)).toBe(paused);
  });
});

describe('a client whose clock is off', () => {
  it.each([
    ['seven minutes ahead', 7 * MIN],
    ['seven minutes behind', -7 * MIN],
    ['three seconds ahead', 3000],
  ])('shows the same remaining time as the server when its clock is %s, once corrected', (_label, skew) => {
    const state = timer.start(agenda(), T0);
    const serverNow = T0 + 90_000;
    // The request left 40 ms before the server read its clock and the answer arrived 60 ms after.
    const sentAt = serverNow + skew - 40;
    const receivedAt = serverNow + skew + 60;
    const offset = estimateClockOffset(serverNow, sentAt, receivedAt);
    expect(Math.abs(offset + skew)).toBeLessThanOrEqual(50);
    const truth = clockView(state, serverNow + 60).remainingMs;
    expect(Math.abs(clockView(state, receivedAt + offset).remainingMs - truth)).toBeLessThanOrEqual(50);
    // Uncorrected, the same laptop would show something else.
    expect(Math.abs(clockView(state, receivedAt).remainingMs - truth)).toBeGreaterThan(Math.min(Math.abs(skew), 90_000) - 100);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [999, '0:01'],
    [1000, '0:01'],
    [59_001, '1:00'],
    [5 * MIN, '5:00'],
    [-1500, '-0:02'],
    [3_723_000, '1:02:03'],
  ])('%i ms -> %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
