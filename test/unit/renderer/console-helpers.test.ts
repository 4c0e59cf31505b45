import { describe, expect, it } from 'vitest';
import type { AgendaSection, TimerState } from '../../../src/shared/domain/agenda.ts';
import { clockView } from '../../../src/shared/timer/clock.ts';
import { hrefFor, parseRoute, routeMeetingId } from '../../../src/renderer/routing/routes.ts';
import type { TimelineRow } from '../../../src/renderer/stores/timeline/timeline-rows.ts';
import { clockDisplay, meetingPace, minutesText, parseMinutes } from '../../../src/renderer/timer/clock-display.ts';
import { clockPhase, msUntilNextTick, stepStart, tickKey } from '../../../src/renderer/timer/clock-ticks.ts';
import { chimeWatch, shouldChime } from '../../../src/renderer/timer/section-end-chime.ts';
import { latestEvents } from '../../../src/renderer/views/audience/latest-events.ts';
import { agendaSection } from '../../harness/index.ts';

const section = agendaSection;

const T0 = Date.UTC(2026, 2, 10, 13, 0, 0); // 14:00 in Berlin

function timer(fields: Partial<TimerState> = {}): TimerState {
  return { meetingId: 'm', currentSectionId: null, runningSince: null, meetingStartedAt: null, meetingEndedAt: null, soundEnabled: false, ...fields };
}

/** A 5-minute first section, started at T0 and running, plus two more 5-minute sections. */
function running(extra: Partial<AgendaSection> = {}) {
  const sections = [section(0, { startedAt: T0, ...extra }), section(1), section(2)];
  return { sections, timer: timer({ currentSectionId: sections[0]?.id ?? null, runningSince: T0, meetingStartedAt: T0 }) };
}

describe('clockDisplay', () => {
  it.each([
    ['before the start: the first section planned', { sections: [section(0)], timer: timer() }, 0, '5:00', 'planned', 'normal'],
    ['just started', running(), 0, '5:00', 'left', 'normal'],
    ['one second in', running(), 1_000, '4:59', 'left', 'normal'],
    ['at 80%: warning', running(), 240_000, '1:00', 'left', 'warning'],
    ['half a second before zero', running(), 299_500, '0:01', 'left', 'warning'],
    ['just over: counting up, overrun', running(), 300_001, '+0:01', 'over', 'overrun'],
    ['42 s over', running(), 342_000, '+0:42', 'over', 'overrun'],
    ['extended by a minute', running({ extensionSeconds: 60 }), 240_000, '2:00', 'left', 'normal'],
    ['shortened to zero and started', running({ plannedSeconds: 60, extensionSeconds: -60 }), 1_000, '+0:01', 'over', 'overrun'],
  ])('%s', (_name, state, at, time, caption, level) => {
    const display = clockDisplay(clockView(state, T0 + at), state.sections[0]?.plannedSeconds ?? null);
    expect(display).toMatchObject({ time, caption, level });
  });

  it('shows the meeting length once finished', () => {
    const state = running();
    const finished = { ...state, timer: { ...state.timer, runningSince: null, meetingEndedAt: T0 + 61 * 60_000 } };
    expect(clockDisplay(clockView(finished, T0 + 90 * 60_000), 300)).toMatchObject({
      time: '1:01:00',
      caption: 'in total',
      status: 'finished',
      level: 'normal',
    });
  });

  it('pauses: the same number however much later', () => {
    const state = running();
    const paused = {
      sections: state.sections.map((s, i) => (i === 0 ? { ...s, elapsedMs: 65_000 } : s)),
      timer: { ...state.timer, runningSince: null },
    };
    expect(clockDisplay(clockView(paused, T0 + 70_000), 300).time).toBe('3:55');
    expect(clockDisplay(clockView(paused, T0 + 900_000), 300).time).toBe('3:55');
  });
});

describe('meetingPace', () => {
  it.each([
    ['on plan', running(), 60_000, 'Europe/Berlin', { elapsed: '1:00', planned: '15:00', projectedEnd: '14:15', verdict: 'on time', late: false }],
    ['three minutes late', running(), 480_000, 'Europe/Berlin', { elapsed: '8:00', projectedEnd: '14:18', verdict: '3 min late', late: true }],
    ['in another zone', running(), 60_000, 'America/New_York', { projectedEnd: '09:15' }],
    ['not started', { sections: [section(0)], timer: timer() }, 0, 'UTC', { projectedEnd: null, elapsed: '0:00' }],
  ])('%s', (_name, state, at, zone, expected) => {
    expect(meetingPace(clockView(state, T0 + at), zone)).toMatchObject(expected);
  });
});

describe('minutes', () => {
  it.each([
    ['5', 300],
    [' 20 ', 1200],
    ['2.5', 150],
    ['2,5', 150],
    ['1:30', 90],
    ['0', 0],
  ])('%j is %i seconds', (text, seconds) => {
    expect(parseMinutes(text)).toEqual({ ok: true, seconds });
  });

  it.each([
    ['', 'is needed, in minutes'],
    ['five', 'must be a number of minutes, such as 5 or 2.5'],
    ['-5', 'must be a number of minutes, such as 5 or 2.5'],
    ['1:75', 'must be a number of minutes, such as 5 or 2.5'],
  ])('%j is refused: %s', (text, message) => {
    expect(parseMinutes(text)).toEqual({ ok: false, message });
  });

  it.each([
    [300, '5'],
    [150, '2.5'],
    [0, '0'],
    [100, '1.67'],
  ])('%i s is shown as %s', (seconds, text) => {
    expect(minutesText(seconds)).toBe(text);
  });
});

describe('clock ticks', () => {
  it.each([
    ['running, from the start', running(), T0 % 1000],
    ['running, 400 ms already spent', running({ elapsedMs: 400 }), (T0 - 400) % 1000],
    ['not started', { sections: [section(0)], timer: timer() }, null],
  ])('phase %s', (_name, state, phase) => {
    expect(clockPhase(state)).toBe(phase);
  });

  it('is paused on the meeting clock', () => {
    const state = running();
    const paused = { ...state, timer: { ...state.timer, runningSince: null, meetingStartedAt: T0 + 250 } };
    expect(clockPhase(paused)).toBe(250);
  });

  it('steps exactly when the shown number changes, once a second', () => {
    const state = running({ elapsedMs: 400 });
    const phase = clockPhase(state) ?? 0;
    const shown = (at: number) => clockDisplay(clockView(state, at), 300).time;
    let at = T0 + 123;
    const seen: string[] = [];
    for (let step = 0; step < 5; step += 1) {
      const start = stepStart(tickKey(at, phase), phase);
      // Anywhere in a step shows what its start shows.
      expect(shown(at)).toBe(shown(start));
      seen.push(shown(start));
      at += msUntilNextTick(at, phase);
    }
    expect(seen).toEqual(['5:00', '4:59', '4:58', '4:57', '4:56']);
  });

  it.each([
    [1_000, 0, 1_002],
    [1_999, 0, 3],
    [1_250, 250, 1_002],
    [-10, 0, 12],
  ])('from %i with phase %i the next step is %i ms away', (now, phase, delay) => {
    expect(msUntilNextTick(now, phase)).toBe(delay);
  });
});

describe('section-end chime', () => {
  const id = section(0).id;
  it.each([
    ['crossing zero while running', { sectionId: id, over: false }, { sectionId: id, over: true }, 'running', true, true],
    ['sound off', { sectionId: id, over: false }, { sectionId: id, over: true }, 'running', false, false],
    ['already over when the window opened', null, { sectionId: id, over: true }, 'running', true, false],
    ['still over', { sectionId: id, over: true }, { sectionId: id, over: true }, 'running', true, false],
    ['a different section that is over', { sectionId: 'other', over: false }, { sectionId: id, over: true }, 'running', true, false],
    ['paused (time taken away while paused)', { sectionId: id, over: false }, { sectionId: id, over: true }, 'paused', true, false],
  ] as const)('%s: %s', (_name, previous, next, status, sound, expected) => {
    expect(shouldChime(previous, next, { status }, sound)).toBe(expected);
  });

  it('watches the current section', () => {
    expect(chimeWatch(clockView(running(), T0 + 301_000))).toEqual({ sectionId: id, over: true });
  });
});

describe('audience route', () => {
  it.each([
    ['#/meetings/abc/audience', { name: 'audience', meetingId: 'abc', theme: null }],
    ['#/meetings/abc/audience?theme=light', { name: 'audience', meetingId: 'abc', theme: 'light' }],
    ['#/meetings/abc/audience?theme=dark', { name: 'audience', meetingId: 'abc', theme: 'dark' }],
    ['#/meetings/abc/audience?theme=purple', { name: 'audience', meetingId: 'abc', theme: null }],
    ['#/meetings/abc/audience/', { name: 'audience', meetingId: 'abc', theme: null }],
    ['#/meetings/abc?theme=dark', { name: 'meeting', meetingId: 'abc' }],
    ['#/meetings/abc/elsewhere', { name: 'not-found', hash: '#/meetings/abc/elsewhere' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each([
    [{ name: 'audience', meetingId: 'a b', theme: null } as const, '#/meetings/a%20b/audience'],
    [{ name: 'audience', meetingId: 'x', theme: 'light' } as const, '#/meetings/x/audience?theme=light'],
  ])('%j is written as %s and read back', (route, href) => {
    expect(hrefFor(route)).toBe(href);
    expect(parseRoute(href)).toEqual(route);
  });

  it('names the meeting of the console and the audience screen only', () => {
    expect(routeMeetingId({ name: 'audience', meetingId: 'x', theme: null })).toBe('x');
    expect(routeMeetingId({ name: 'meeting', meetingId: 'y' })).toBe('y');
    expect(routeMeetingId({ name: 'library' })).toBeNull();
  });
});

describe('latestEvents', () => {
  const row = (id: string, occurredAt: number, createdAt: number, updatedAt = createdAt): TimelineRow => ({
    event: {
      id,
      meetingId: 'm',
      occurredAt,
      precision: 'minute',
      description: id,
      actor: '',
      phase: 'other',
      source: 'quick_entry',
      origin: '',
      keyMoment: false,
      author: '',
      createdAt,
      updatedAt,
    },
    status: { state: 'saved' },
  });
  // In time order, as the timeline store gives them; typed in the order c, a, d, b, e.
  const rows = [row('a', 1, 20), row('b', 2, 40), row('c', 3, 10), row('d', 4, 30), row('e', 5, 50)];

  it.each([
    [3, ['b', 'd', 'e'], 'e'],
    [5, ['a', 'b', 'c', 'd', 'e'], 'e'],
    [10, ['a', 'b', 'c', 'd', 'e'], 'e'],
    [0, [], undefined],
  ])('the %i most recently typed, in time order', (count, ids, newest) => {
    const shown = latestEvents(rows, count);
    expect(shown.map((item) => item.event.id)).toEqual(ids);
    expect(shown.find((item) => item.newest)?.event.id).toBe(newest);
  });

  it('counts an edit as recent', () => {
    const edited = [row('a', 1, 20, 99), ...rows.slice(1)];
    expect(latestEvents(edited, 2).map((item) => item.event.id)).toEqual(['a', 'e']);
  });

  it('highlights nothing when there is only one event', () => {
    expect(latestEvents([row('a', 1, 1)], 6)).toEqual([{ event: rows[0]?.event && row('a', 1, 1).event, newest: false }]);
  });
});
