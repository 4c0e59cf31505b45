import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaState } from '../../src/shared/domain/agenda.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { clockView } from '../../src/shared/timer/clock.ts';
import { AgendaHarness, MINUTE, MISSING_ID, agendaSnapshot, failure, ok } from '../harness/index.ts';

const view = (state: AgendaState) => clockView(state, state.serverNow);

describe('timer over a real SQLite file', () => {
  let h: AgendaHarness;
  let meetingId: string;
  const timer = (verb: string, extra: Record<string, unknown> = {}) => h.agenda(`timer.${verb}`, { meetingId, ...extra });
  const get = () => h.agenda('agenda.get', { meetingId });

  beforeEach(async () => {
    h = new AgendaHarness();
    await h.open();
    meetingId = h.createMeeting().id;
    h.events = [];
    // The service's clock never repeats a millisecond; step past the ones the create used so times below are exact.
    h.advance(MINUTE);
  });
  afterEach(() => h.close());

  it('starts at the first section and stores the schedule, not a countdown', () => {
    const t0 = h.clock;
    const state = timer('start');
    const opening = state.sections[0]!;
    expect(state.timer).toMatchObject({ currentSectionId: opening.id, runningSince: t0, meetingStartedAt: t0, meetingEndedAt: null });
    expect(opening).toMatchObject({ startedAt: t0, elapsedMs: 0 });
    expect(h.db.prepare('SELECT * FROM timer_states').all()).toEqual([
      { meeting_id: meetingId, current_section_id: opening.id, running_since: t0, meeting_started_at: t0, meeting_ended_at: null, sound_enabled: 0 },
    ]);
    expect(h.events).toEqual([{ meetingId, revision: 2, entity: 'timer', entityId: meetingId, op: 'updated' }]);
    expect(state.revision).toBe(2);

    h.advance(90_000);
    expect(view(get())).toMatchObject({ status: 'running', currentIndex: 0, elapsedMs: 90_000, remainingMs: 210_000, level: 'normal' });
  });

  it('pauses and resumes: paused time does not count against the section, but does against the meeting', () => {
    timer('start');
    h.advance(3 * MINUTE);
    const paused = timer('pause');
    expect(paused.timer.runningSince).toBeNull();
    expect(paused.sections[0]?.elapsedMs).toBe(3 * MINUTE);
    h.advance(10 * MINUTE);
    expect(clockView(paused, h.clock)).toMatchObject({ status: 'paused', remainingMs: 2 * MINUTE, meetingElapsedMs: 13 * MINUTE });
    const resumed = timer('start');
    expect(resumed.timer.runningSince).toBe(h.clock);
    h.advance(MINUTE);
    expect(view(get())).toMatchObject({ status: 'running', elapsedMs: 4 * MINUTE, remainingMs: MINUTE, level: 'warning' });
  });

  it('moves to the next section keeping the clock running, and records when the last one ended', () => {
    const [opening, timeline] = timer('start').sections;
    h.advance(4 * MINUTE);
    const state = timer('next');
    expect(state.timer).toMatchObject({ currentSectionId: timeline!.id, runningSince: h.clock });
    expect(state.sections[0]).toMatchObject({ id: opening!.id, elapsedMs: 4 * MINUTE, endedAt: h.clock });
    expect(state.sections[1]).toMatchObject({ startedAt: h.clock, elapsedMs: 0 });
    h.advance(MINUTE);
    expect(view(get())).toMatchObject({ currentIndex: 1, remainingMs: 19 * MINUTE });
  });

  it('next while paused stays paused', () => {
    timer('start');
    h.advance(MINUTE);
    timer('pause');
    h.advance(MINUTE);
    const state = timer('next');
    expect(view(state)).toMatchObject({ status: 'paused', currentIndex: 1, elapsedMs: 0 });
  });

  it('previous after an accidental next carries on with the earlier section where it was', () => {
    const [opening, timeline] = timer('start').sections;
    h.advance(2 * MINUTE);
    timer('next');
    h.advance(10_000);
    const back = timer('previous');
    expect(back.timer).toMatchObject({ currentSectionId: opening!.id, runningSince: h.clock });
    expect(back.sections[0]).toMatchObject({ elapsedMs: 2 * MINUTE, startedAt: back.timer.meetingStartedAt });
    expect(back.sections[1]).toMatchObject({ id: timeline!.id, elapsedMs: 10_000 });
    h.advance(30_000);
    expect(view(get())).toMatchObject({ currentIndex: 0, elapsedMs: 150_000, remainingMs: 150_000 });
    expect(timer('previous').timer.currentSectionId).toBe(opening!.id);
  });

  it('extends by +1, +5 and -1 minutes, and never below zero', () => {
    timer('start');
    expect(timer('extend', { seconds: 60 }).sections[0]?.extensionSeconds).toBe(60);
    expect(timer('extend', { seconds: 300 }).sections[0]?.extensionSeconds).toBe(360);
    const state = timer('extend', { seconds: -60 });
    expect(state.sections[0]?.extensionSeconds).toBe(300);
    h.advance(MINUTE);
    expect(view(get())).toMatchObject({ budgetMs: 10 * MINUTE, remainingMs: 9 * MINUTE });
    expect(timer('extend', { seconds: -3600 }).sections[0]?.extensionSeconds).toBe(-300);
    expect(view(get()).budgetMs).toBe(0);
  });

  it('shows the warning from 80% and counts the overrun up once the time is gone', () => {
    timer('start');
    h.advance(4 * MINUTE);
    expect(view(get())).toMatchObject({ level: 'warning', overrunMs: 0 });
    h.advance(2 * MINUTE);
    const over = view(get());
    expect(over).toMatchObject({ level: 'overrun', remainingMs: -MINUTE, overrunMs: MINUTE });
    expect(over.projectedOverrunMs).toBe(MINUTE);
    h.advance(1_000);
    expect(timer('extend', { seconds: 300 }).sections[0]?.extensionSeconds).toBe(300);
    h.advance(1_000);
    expect(view(get())).toMatchObject({ level: 'normal', remainingMs: 4 * MINUTE - 2_000 });
  });

  it('restarts the current section from zero, dropping its extensions', () => {
    timer('start');
    h.advance(3 * MINUTE);
    timer('extend', { seconds: 60 });
    h.advance(MINUTE);
    const state = timer('restartSection');
    expect(state.sections[0]).toMatchObject({ elapsedMs: 0, extensionSeconds: 0, startedAt: h.clock });
    expect(state.timer.runningSince).toBe(h.clock);
    h.advance(MINUTE);
    expect(view(get())).toMatchObject({ remainingMs: 4 * MINUTE });
  });

  it('finishes, refuses next once finished, and reopens on start', () => {
    timer('start');
    h.advance(5 * MINUTE);
    const finished = timer('finish');
    expect(finished.timer).toMatchObject({ meetingEndedAt: h.clock, runningSince: null });
    expect(finished.sections[0]).toMatchObject({ elapsedMs: 5 * MINUTE, endedAt: h.clock });
    expect(view(finished)).toMatchObject({ status: 'finished', meetingElapsedMs: 5 * MINUTE });

    const before = agendaSnapshot(h.db);
    expect(failure(h.call('timer.next', { meetingId }))).toMatchObject({ code: 'conflict' });
    expect(failure(h.call('timer.extend', { meetingId, seconds: 60 }))).toMatchObject({ code: 'conflict' });
    expect(failure(h.call('timer.restartSection', { meetingId }))).toMatchObject({ code: 'conflict' });
    expect(agendaSnapshot(h.db)).toBe(before);

    h.advance(MINUTE);
    const reopened = timer('start');
    expect(reopened.timer).toMatchObject({ meetingEndedAt: null, runningSince: h.clock, currentSectionId: finished.sections[0]!.id });
    expect(reopened.timer.meetingStartedAt).toBe(finished.timer.meetingStartedAt);
  });

  it('runs a whole agenda: next past the last section finishes the meeting', () => {
    timer('start');
    let state = get();
    for (let i = 0; i < 5; i++) {
      h.advance(MINUTE);
      state = timer('next');
    }
    expect(view(state).status).toBe('finished');
    expect(state.sections.every((s) => s.elapsedMs === MINUTE && s.endedAt !== null)).toBe(true);
  });

  it('refuses moves that make no sense with conflict, changing nothing', () => {
    const before = agendaSnapshot(h.db);
    for (const verb of ['previous', 'finish', 'restartSection']) {
      expect(failure(h.call(`timer.${verb}`, { meetingId })), verb).toMatchObject({ code: 'conflict' });
    }
    expect(failure(h.call('timer.extend', { meetingId, seconds: 60 }))).toMatchObject({ code: 'conflict' });
    expect(agendaSnapshot(h.db)).toBe(before);
    expect(h.events).toEqual([]);
  });

  it('a command that changes nothing is not a new revision and sends no event', () => {
    timer('start');
    h.advance(MINUTE);
    const again = timer('start');
    timer('pause');
    const events = h.events.length;
    h.advance(MINUTE);
    const twice = timer('pause');
    expect(h.events).toHaveLength(events);
    expect(twice.revision).toBe(again.revision + 1);
  });

  it('turns the end-of-section sound on and off, off by default, kept across calls', () => {
    expect(get().timer.soundEnabled).toBe(false);
    expect(timer('setSound', { enabled: true }).timer.soundEnabled).toBe(true);
    timer('start');
    expect(get().timer.soundEnabled).toBe(true);
    const events = h.events.length;
    timer('setSound', { enabled: true });
    expect(h.events).toHaveLength(events);
    expect(timer('setSound', { enabled: false }).timer.soundEnabled).toBe(false);
  });

  it('refuses to start an empty agenda', () => {
    const empty = ok<Meeting>(h.call('meetings.create', { title: 'x' }));
    for (const section of h.agenda('agenda.get', { meetingId: empty.id }).sections) h.agenda('agenda.removeSection', { id: section.id });
    const before = agendaSnapshot(h.db);
    const error = failure(h.call('timer.start', { meetingId: empty.id }));
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toMatch(/no sections/);
    expect(agendaSnapshot(h.db)).toBe(before);
  });

  it('answers not_found for a missing meeting', () => {
    for (const verb of ['start', 'pause', 'next', 'previous', 'restartSection', 'finish']) {
      expect(failure(h.call(`timer.${verb}`, { meetingId: MISSING_ID })), verb).toMatchObject({ code: 'not_found' });
    }
    expect(failure(h.call('timer.extend', { meetingId: MISSING_ID, seconds: 60 }))).toMatchObject({ code: 'not_found' });
    expect(failure(h.call('timer.setSound', { meetingId: MISSING_ID, enabled: true }))).toMatchObject({ code: 'not_found' });
    expect(failure(h.call('agenda.get', { meetingId: MISSING_ID }))).toMatchObject({ code: 'not_found' });
  });

  it.each([
    ['timer.start', 'meetingId', { meetingId: 'not-a-uuid' }],
    ['timer.pause', 'surprise', { meetingId: '@', surprise: 1 }],
    ['timer.extend', 'seconds', { meetingId: '@', seconds: 0 }],
    ['timer.extend', 'seconds', { meetingId: '@', seconds: 1.5 }],
    ['timer.extend', 'seconds', { meetingId: '@', seconds: 3601 }],
    ['timer.extend', 'seconds', { meetingId: '@', seconds: -3601 }],
    ['timer.extend', 'seconds', { meetingId: '@', seconds: '60' }],
    ['timer.setSound', 'enabled', { meetingId: '@', enabled: 'yes' }],
    ['timer.setSound', 'enabled', { meetingId: '@' }],
  ])('%s: a bad %s is refused naming the field, and nothing changes', (method, field, input) => {
    timer('start');
    h.advance(MINUTE);
    const before = agendaSnapshot(h.db);
    const error = failure(h.call(method, { ...input, meetingId: input.meetingId === '@' ? meetingId : input.meetingId }));
    expect(error).toMatchObject({ code: 'invalid_input', field });
    expect(error.message).toContain(field);
    expect(agendaSnapshot(h.db)).toBe(before);
  });

  it('sends one event per change, only after the commit is visible to another connection', () => {
    const reader = new DatabaseConstructor(h.file, { readonly: true });
    try {
      const seen: Array<{ revision: number; stored: number; running: number | null }> = [];
      h.service.onChange((event) => {
        const meeting = reader.prepare('SELECT revision FROM meetings WHERE id = ?').get(event.meetingId) as { revision: number };
        const row = reader.prepare('SELECT running_since FROM timer_states WHERE meeting_id = ?').get(event.meetingId) as
          { running_since: number | null } | undefined;
        seen.push({ revision: event.revision, stored: meeting.revision, running: row?.running_since ?? null });
      });
      timer('start');
      const startedAt = h.clock;
      h.advance(MINUTE);
      timer('pause');
      h.advance(MINUTE);
      timer('start');
      timer('next');
      timer('extend', { seconds: 60 });
      expect(h.events.map((e) => [e.entity, e.revision])).toEqual([
        ['timer', 2],
        ['timer', 3],
        ['timer', 4],
        ['timer', 5],
        ['timer', 6],
      ]);
      expect(seen.map((s) => s.revision)).toEqual(seen.map((s) => s.stored));
      expect(seen[0]?.running).toBe(startedAt);
      expect(seen[1]?.running).toBeNull();
    } finally {
      reader.close();
    }
  });

  it('a restart of the app mid-section resumes the running section where it was', async () => {
    timer('start');
    h.advance(MINUTE);
    timer('next');
    h.advance(2 * MINUTE + 30_000);
    timer('extend', { seconds: 60 });
    const closing = get();
    const beforeClose = view(closing);
    expect(beforeClose).toMatchObject({ currentIndex: 1, status: 'running', budgetMs: 21 * MINUTE });

    await h.reopen();
    h.advance(47_000);
    const reopened = get();
    const downtime = reopened.serverNow - closing.serverNow;
    expect(downtime).toBeGreaterThanOrEqual(47_000 - 5);
    const after = view(reopened);
    expect(after).toMatchObject({ status: 'running', currentIndex: 1, budgetMs: beforeClose.budgetMs });
    expect(after.remainingMs).toBe(beforeClose.remainingMs - downtime);
    expect(after.meetingElapsedMs).toBe(beforeClose.meetingElapsedMs + downtime);
    expect(after.projectedEndAt).toBe(beforeClose.projectedEndAt);

    h.advance(1_000);
    const moved = timer('next');
    expect(moved.sections[1]?.elapsedMs).toBe(beforeClose.elapsedMs + (moved.serverNow - closing.serverNow));
  });

  it('a restart while paused shows exactly the same remaining time', async () => {
    timer('start');
    h.advance(2 * MINUTE);
    timer('pause');
    const beforeClose = view(get());
    await h.reopen();
    h.advance(15 * MINUTE);
    const after = view(get());
    expect(after).toMatchObject({ status: 'paused', remainingMs: beforeClose.remainingMs, elapsedMs: 2 * MINUTE });
  });
});
