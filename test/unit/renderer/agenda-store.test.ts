import { describe, expect, it } from 'vitest';
import { createService } from '../../../src/main/service/service.ts';
import type { Meeting } from '../../../src/shared/domain/meeting.ts';
import { clockView } from '../../../src/shared/timer/clock.ts';
import type { ApiClient } from '../../../src/renderer/api/client.ts';
import { createAgendaStore } from '../../../src/renderer/stores/agenda/agenda-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

const SKEW_MS = 5 * 60_000; // the server's clock is five minutes ahead of this window's

const fixture = useServiceOnTempFile();

/**
 * A meeting of three 5-minute sections on the real service, a client clock, a server clock `SKEW_MS` ahead of it,
 * and a network whose round trip takes `latency.ms`: the server reads its clock halfway through, as the estimate assumes.
 */
function setup(skewMs = SKEW_MS) {
  let clientNow = 1_800_000_000_000;
  const latency = { ms: 40 };
  /** While set, answers to agenda.get are computed at once but delivered only when it resolves. */
  const delivery: { held: Promise<void> | null } = { held: null };
  const api = clientsOver(createService(fixture.db, { clock: () => clientNow + skewMs }));
  const meetingId = (api.call('meetings.create', { title: 'Checkout outage' }) as Meeting).id;
  const otherMeetingId = (api.call('meetings.create', { title: 'Search outage' }) as Meeting).id;
  const template = api.call('agenda.get', { meetingId }).sections;
  for (const title of ['Section 1', 'Section 2', 'Section 3']) api.call('agenda.addSection', { meetingId, title, plannedSeconds: 300 });
  for (const section of template) api.call('agenda.removeSection', { id: section.id });
  // Past the service's clock, which never goes back and moved on with each of the writes above.
  clientNow += 60_000;
  // One call on the line at a time, so overlapping calls do not add up their latencies on the one simulated clock.
  let line: Promise<unknown> = Promise.resolve();
  const client: ApiClient = {
    ...api.client,
    async call(method, input) {
      const turn = line.then(async () => {
        clientNow += latency.ms / 2;
        const answer = await api.client.call(method, input);
        clientNow += latency.ms / 2;
        return answer;
      });
      // The next call goes out once this answer has been read (a macrotask later).
      line = turn.catch(() => undefined).then(() => new Promise((resolve) => setTimeout(resolve, 0)));
      const answer = await turn;
      if (method === 'agenda.get' && delivery.held) await delivery.held;
      return answer;
    },
  };
  const [, undo] = createUndoStack();
  const [, store] = createAgendaStore(client, undo, () => clientNow);
  return {
    api,
    store,
    undo,
    latency,
    delivery,
    MEETING: meetingId,
    OTHER_MEETING: otherMeetingId,
    now: () => clientNow,
    advance(ms: number) {
      clientNow += ms;
    },
  };
}

describe('agenda store', () => {
  it('loads the agenda and estimates how far the server clock is ahead', async () => {
    const { store, MEETING } = setup();
    await store.getState().open(MEETING);
    const state = store.getState();
    expect(state.loadState).toBe('ready');
    expect(state.agenda?.sections).toHaveLength(3);
    expect(state.offsetMs).toBe(SKEW_MS);
    expect(state.offsetRttMs).toBe(40);
  });

  it('keeps the estimate of the quickest round trip', async () => {
    const { store, latency, MEETING } = setup();
    latency.ms = 300;
    await store.getState().open(MEETING);
    expect(store.getState().offsetRttMs).toBe(300);

    // A quicker answer replaces it (every agenda answer carries serverNow, actions included).
    latency.ms = 12;
    await store.getState().runTimer('start');
    expect(store.getState().offsetRttMs).toBe(12);
    expect(store.getState().offsetMs).toBe(SKEW_MS);

    // A slower one does not: the longer the trip, the less sure the guess of when the server read its clock.
    await settle();
    latency.ms = 900;
    await store.getState().refresh();
    expect(store.getState().offsetRttMs).toBe(12);
  });

  it('lets a client whose clock is off by minutes show the same remaining time as the server', async () => {
    const { store, now, advance, MEETING } = setup(-7 * 60_000);
    await store.getState().open(MEETING);
    await store.getState().runTimer('start');
    advance(90_000);
    const { agenda, offsetMs } = store.getState();
    if (!agenda) throw new Error('no agenda');
    const seenHere = clockView(agenda, now() + offsetMs);
    const seenByServer = clockView(agenda, now() - 7 * 60_000);
    expect(Math.abs(seenHere.remainingMs - seenByServer.remainingMs)).toBeLessThan(50);
    expect(Math.round(seenHere.remainingMs / 1000)).toBe(300 - 90);
    // Without the correction this window would think seven more minutes had gone by.
    expect(clockView(agenda, now()).remainingMs).toBeLessThan(seenByServer.remainingMs - 6 * 60_000);
  });

  it('refetches on agenda and timer changes of its meeting, and on a resync not caught up, but not for other meetings', async () => {
    const { store, api, MEETING, OTHER_MEETING } = setup();
    await store.getState().open(MEETING);
    const fetches = () => api.callsTo('agenda.get').length;
    /** A timer change: the chime switched the other way. */
    const toggleSound = (meetingId: string) => api.call('timer.setSound', { meetingId, enabled: !api.call('agenda.get', { meetingId }).timer.soundEnabled });
    expect(fetches()).toBe(1);

    toggleSound(MEETING);
    await settle();
    expect(fetches()).toBe(2);

    const first = store.getState().agenda?.sections[0];
    api.call('agenda.updateSection', { id: first?.id ?? '', patch: { title: 'Opening' } });
    await settle();
    expect(fetches()).toBe(3);

    toggleSound(OTHER_MEETING);
    api.call('timeline.add', { meetingId: MEETING, occurredAt: 0, precision: 'minute', description: 'Deploy', actor: '' });
    api.command('timer-next');
    await settle();
    expect(fetches()).toBe(3);

    api.resync(new Set([MEETING]));
    await settle();
    expect(fetches()).toBe(3);
    api.resync();
    await settle();
    expect(fetches()).toBe(4);

    store.getState().close();
    toggleSound(MEETING);
    await settle();
    expect(fetches()).toBe(4);
  });

  it('shows what another window did to the timer', async () => {
    const { store, api, MEETING } = setup();
    await store.getState().open(MEETING);
    api.call('timer.start', { meetingId: MEETING });
    await settle();
    expect(store.getState().agenda?.timer.runningSince).not.toBeNull();
    expect(store.getState().agenda?.timer.currentSectionId).toBe(store.getState().agenda?.sections[0]?.id);
  });

  it('start, pause, next and previous take the answer at once, without waiting for the change event', async () => {
    const { store, MEETING } = setup();
    await store.getState().open(MEETING);
    const current = () => {
      const agenda = store.getState().agenda;
      return agenda?.sections.findIndex((s) => s.id === agenda.timer.currentSectionId);
    };
    await store.getState().startPause();
    expect(current()).toBe(0);
    expect(store.getState().agenda?.timer.runningSince).not.toBeNull();
    await store.getState().runTimer('next');
    expect(current()).toBe(1);
    await store.getState().runTimer('previous');
    expect(current()).toBe(0);
    await store.getState().startPause();
    expect(store.getState().agenda?.timer.runningSince).toBeNull();
    await store.getState().extend(60);
    expect(store.getState().agenda?.sections[0]?.extensionSeconds).toBe(60);
  });

  it('never goes back to an older revision when answers overtake each other', async () => {
    const { store, delivery, MEETING } = setup();
    await store.getState().open(MEETING);
    let deliver!: () => void;
    delivery.held = new Promise<void>((resolve) => (deliver = resolve));
    // An agenda.get answered before the start but delivered after the start's own answer:
    const lateFetch = store.getState().refresh();
    await settle();
    await store.getState().runTimer('start');
    const afterStart = store.getState().agenda?.revision;
    delivery.held = null;
    deliver();
    await lateFetch;
    expect(store.getState().agenda?.revision).toBe(afterStart);
    expect(store.getState().agenda?.timer.runningSince).not.toBeNull();
  });

  it('shows a refused timer action next to the controls instead of throwing', async () => {
    const { store, MEETING } = setup();
    await store.getState().open(MEETING);
    await store.getState().runTimer('finish');
    expect(store.getState().actionError).toMatch(/not started/);
    await store.getState().runTimer('start');
    expect(store.getState().actionError).toBeNull();
  });

  it('puts a removed section on the undo stack, and undo puts it back in its place', async () => {
    const { store, api, undo, MEETING } = setup();
    await store.getState().open(MEETING);
    const second = store.getState().agenda?.sections[1];
    if (!second) throw new Error('no second section');
    await store.getState().remove(second.id);
    expect(store.getState().agenda?.sections.map((s) => s.title)).toEqual(['Section 1', 'Section 3']);
    expect(undo.getState().deletions.map(({ verb, text }) => [verb, text])).toEqual([['Removed the section', 'Section 2']]);

    undo.getState().undoLast();
    expect(undo.getState().deletions).toEqual([]);
    await settle();
    expect(store.getState().agenda?.sections.map((s) => s.title)).toEqual(['Section 1', 'Section 2', 'Section 3']);
    expect(api.callsTo('agenda.addSection').at(-1)).toMatchObject({ title: 'Section 2', plannedSeconds: 300, position: 1 });
  });

  it('withdraws the undo of a removed section once a template replaces the agenda', async () => {
    const { store, undo, MEETING } = setup();
    await store.getState().open(MEETING);
    const saved = await store.getState().saveTemplate('Three sections');
    if (!saved.ok) throw new Error('template not saved');
    const second = store.getState().agenda?.sections[1];
    if (!second) throw new Error('no second section');
    await store.getState().remove(second.id);
    expect(undo.getState().deletions).toHaveLength(1);

    expect((await store.getState().applyTemplate(saved.value.id)).ok).toBe(true);
    expect(undo.getState().deletions).toEqual([]);
    undo.getState().undoLast();
    await settle();
    expect(store.getState().agenda?.sections.map((s) => s.title)).toEqual(['Section 1', 'Section 2', 'Section 3']);
  });

  it('moves a section', async () => {
    const { store, MEETING } = setup();
    await store.getState().open(MEETING);
    const third = store.getState().agenda?.sections[2];
    if (!third) throw new Error('no third section');
    await store.getState().moveSection(third.id, 0);
    expect(store.getState().agenda?.sections.map((s) => s.title)).toEqual(['Section 3', 'Section 1', 'Section 2']);
  });

  it.each([
    [{ title: '', plannedSeconds: 300 }, 'title', 'must not be empty'],
    [{ title: '\u0007\u0085', plannedSeconds: 300 }, 'title', 'must not be empty'],
    [{ title: '\ufe0f', plannedSeconds: 300 }, 'title', 'must not be empty'],
    [{ title: 'Impact', plannedSeconds: -60 }, 'minutes', 'must not be negative'],
    [{ title: 'x'.repeat(121), plannedSeconds: 60 }, 'title', 'must be at most 120 characters'],
  ])('refuses a new section %j next to the %s field, without a call', async (fields, field, message) => {
    const { store, api, MEETING } = setup();
    await store.getState().open(MEETING);
    const result = await store.getState().addSection(fields);
    expect(result).toEqual({ ok: false, error: { field, message } });
    expect(api.callsTo('agenda.addSection')).toEqual([]);
  });

  it('saves the agenda as a template, and names the field when the name is missing', async () => {
    const { store, MEETING } = setup();
    await store.getState().open(MEETING);
    expect(await store.getState().saveTemplate('  ')).toEqual({ ok: false, error: { field: 'name', message: 'must not be empty' } });
    const saved = await store.getState().saveTemplate('Our short review');
    expect(saved.ok).toBe(true);
    expect(store.getState().templates.map((t) => t.name)).toEqual(['Our short review']);
  });
});
