import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { Why, WhyKind } from '../../src/shared/domain/whys.ts';
import { createOrderedWrites } from '../../src/renderer/stores/ordered-writes.ts';
import { createConflictsStore, createNotesStore, createWhysStore, type ConflictPatch } from '../../src/renderer/stores/root-cause/root-cause-store.ts';
import { createUndoStack } from '../../src/renderer/stores/undo-stack.ts';
import { clientsOver, useServiceOnTempFile } from '../harness/index.ts';

describe('the root-cause store against the real service', () => {
  const fixture = useServiceOnTempFile();
  let meeting: Meeting;
  let api: ReturnType<typeof clientsOver>;
  /** A window's whys, notes and conflicts stores (sharing their writes) with its own undo stack, seen as one. */
  const openStore = async () => {
    const [, undo] = createUndoStack();
    const [, writes] = createOrderedWrites();
    const deps = { client: api.client, undo, writes, newId: randomUUID };
    const [[, whys], [, notes], [, conflicts]] = [createWhysStore(deps), createNotesStore(deps), createConflictsStore(deps)];
    await Promise.all([whys, notes, conflicts].map((one) => one.getState().open(meeting.id)));
    const getState = () => ({
      whys: whys.getState().items,
      notes: notes.getState().items,
      saveStatus: writes.getState().status,
      whyRefusal: whys.getState().whyRefusal,
      addWhy: whys.getState().add,
      editWhyText: (id: string, text: string) => void whys.getState().update(id, { text }),
      setWhyKind: (id: string, kind: WhyKind) => void whys.getState().update(id, { kind }),
      moveWhy: whys.getState().move,
      removeWhy: (id: string) => void whys.getState().remove(id),
      addNote: notes.getState().add,
      editNoteText: (id: string, text: string) => void notes.getState().update(id, { text }),
      removeNote: (id: string) => void notes.getState().remove(id),
      addConflict: conflicts.getState().add,
      editConflict: (id: string, patch: ConflictPatch) => void conflicts.getState().update(id, patch),
      retry: writes.getState().retry,
    });
    return { store: { getState }, undo };
  };

  beforeEach(() => {
    api = clientsOver(fixture.service);
    const created = dispatch(fixture.service, 'meetings.create', { title: 'Checkout outage' });
    if (!created.ok) throw new Error('meeting not created');
    meeting = created.result as Meeting;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const stored = () => {
    const response = dispatch(fixture.service, 'whys.list', { meetingId: meeting.id });
    if (!response.ok) throw new Error('list failed');
    return (response.result as Why[]).map((w) => [w.text, w.kind, w.parentId === null ? 0 : 1]).sort();
  };

  it('saves a tree built at typing speed, keeps words typed while a refetch is on its way, and undo restores a branch', async () => {
    vi.useFakeTimers();
    const { store, undo } = await openStore();
    const s = store.getState;

    const problem = s().addWhy(null, undefined, 'Checkout failed for 40 minutes');
    expect(problem).not.toBeNull();
    const first = s().addWhy(problem ?? '');
    s().editWhyText(first ?? '', 'The pool');
    s().editWhyText(first ?? '', 'The pool was exhausted');
    const child = s().addWhy(first ?? '');
    s().editWhyText(child ?? '', 'Retries multiplied the load');
    s().setWhyKind(child ?? '', 'root');
    // Words still held back by the edit delay are not overwritten by the change events coming back.
    const second = s().addWhy(problem ?? '');
    s().editWhyText(second ?? '', 'No alert on saturation');
    expect(s().whys.find((w) => w.id === second)?.text).toBe('No alert on saturation');
    await vi.runAllTimersAsync();

    expect(s().saveStatus).toEqual({ state: 'idle' });
    expect(stored()).toEqual(
      [
        ['Checkout failed for 40 minutes', 'problem', 0],
        ['The pool was exhausted', 'unclassified', 1],
        ['Retries multiplied the load', 'root', 1],
        ['No alert on saturation', 'unclassified', 1],
      ].sort(),
    );

    const before = stored();
    s().removeWhy(first ?? '');
    await vi.runAllTimersAsync();
    expect(stored()).toHaveLength(2);
    undo.getState().undoLast();
    await vi.runAllTimersAsync();
    expect(stored()).toEqual(before);
    expect(s().whys.find((w) => w.id === child)?.parentId).toBe(first);
  });

  it('never drops a change made while offline: it waits, says so, and is sent on retry', async () => {
    vi.useFakeTimers();
    const { store } = await openStore();
    api.network.online = false;
    store.getState().addNote({ category: 'went_well', text: 'Rollback took four minutes' });
    await vi.runAllTimersAsync();
    expect(store.getState().saveStatus).toEqual({ state: 'stalled', message: 'Connection lost' });
    expect(store.getState().notes.map((n) => n.text)).toEqual(['Rollback took four minutes']);
    api.network.online = true;
    store.getState().retry();
    await vi.runAllTimersAsync();
    expect(store.getState().saveStatus).toEqual({ state: 'idle' });
    const listed = dispatch(fixture.service, 'notes.list', { meetingId: meeting.id });
    expect(listed.ok && (listed.result as Array<{ text: string }>).map((n) => n.text)).toEqual(['Rollback took four minutes']);
  });

  it('sends what was cut off by a lost connection again by itself when the connection returns, each thing once', async () => {
    vi.useFakeTimers();
    const resync = () => api.resync();
    const { store } = await openStore();
    const s = store.getState;
    const problem = s().addWhy(null, undefined, 'Checkout failed for 40 minutes') ?? '';
    s().addNote({ category: 'went_well', text: 'Rollback took four minutes' });
    await vi.runAllTimersAsync();
    const note = s().notes[0]?.id ?? '';

    // The Wi-Fi drops: a why add arrives but its answer does not; a note add behind it is cut off.
    api.answersLost.add('whys.add');
    api.dropped.add('notes.add');
    s().addWhy(problem, undefined, 'The pool was exhausted');
    s().addNote({ category: 'could_improve', text: 'No alert on pool saturation' });
    await vi.runAllTimersAsync();
    expect(s().saveStatus.state).toBe('stalled');
    expect(s().whys.map((why) => why.text)).toEqual(['Checkout failed for 40 minutes', 'The pool was exhausted']);

    api.dropped.clear();
    resync();
    await vi.runAllTimersAsync();
    expect(s().saveStatus).toEqual({ state: 'idle' });
    expect(stored()).toEqual(
      [
        ['Checkout failed for 40 minutes', 'problem', 0],
        ['The pool was exhausted', 'unclassified', 1],
      ].sort(),
    );

    // A delete that arrived while its answer was lost finds nothing the second time: that is what was asked for.
    api.answersLost.add('notes.delete');
    s().removeNote(note);
    await vi.runAllTimersAsync();
    expect(s().saveStatus.state).toBe('stalled');
    resync();
    await vi.runAllTimersAsync();
    expect(s().saveStatus).toEqual({ state: 'idle' });
    const notes = dispatch(fixture.service, 'notes.list', { meetingId: meeting.id });
    expect(notes.ok && (notes.result as Array<{ text: string }>).map((n) => n.text)).toEqual(['No alert on pool saturation']);
    expect(s().notes.map((n) => n.text)).toEqual(['No alert on pool saturation']);
  });

  it('treats a note or topic of only invisible characters as empty: nothing added, the saved text kept, no failure', async () => {
    vi.useFakeTimers();
    const { store } = await openStore();
    const s = store.getState;
    const texts = () => {
      const notes = dispatch(fixture.service, 'notes.list', { meetingId: meeting.id });
      const conflicts = dispatch(fixture.service, 'conflicts.list', { meetingId: meeting.id });
      return [
        notes.ok && (notes.result as Array<{ text: string }>).map((n) => n.text),
        conflicts.ok && (conflicts.result as Array<{ topic: string }>).map((c) => c.topic),
      ];
    };
    for (const blank of ['\u200b', '\u0007\u0085', '\u202e', '\ufeff\u2028']) {
      expect(s().addNote({ category: 'went_well', text: blank })).toBeNull();
      expect(s().addConflict(blank)).toBeNull();
    }
    const note = s().addNote({ category: 'went_well', text: 'Rollback took four minutes' }) ?? '';
    const conflict = s().addConflict('Retry budget') ?? '';
    await vi.runAllTimersAsync();
    s().editNoteText(note, '\u200b\u200d');
    s().editConflict(conflict, { topic: '\u2066\u2069' });
    await vi.runAllTimersAsync();
    expect(s().saveStatus).toEqual({ state: 'idle' });
    expect(texts()).toEqual([['Rollback took four minutes'], ['Retry budget']]);
  });

  it('says so at the depth limit instead of adding an answer the service would refuse, and clears it on the next add', async () => {
    vi.useFakeTimers();
    const { store } = await openStore();
    const s = store.getState;
    // Tab from each answer: the problem statement, then one "why?" below the other down to level 25.
    const levels = [s().addWhy(null, undefined, 'Checkout failed for 40 minutes') ?? ''];
    for (let level = 1; level <= 25; level += 1) levels.push(s().addWhy(levels[level - 1] ?? '') ?? '');
    const side = s().addWhy(levels[0] ?? '') ?? '';
    s().addWhy(side);
    await vi.runAllTimersAsync();
    expect(stored()).toHaveLength(28);

    expect(s().addWhy(levels[25] ?? '')).toBeNull();
    expect(s().whyRefusal).toBe('a why may be at most 25 levels deep (the problem statement and 25 answers below it); this answer would be deeper');
    // Moving the two-level side branch under level 24 would put its answer at level 26.
    s().moveWhy(side, levels[24] ?? '', undefined);
    expect(s().whyRefusal).toMatch(/moving this answer there would put it or one of its own answers deeper$/);
    expect(s().whys.find((why) => why.id === side)?.parentId).toBe(levels[0]);
    await vi.runAllTimersAsync();
    expect(stored()).toHaveLength(28);
    expect(s().saveStatus).toEqual({ state: 'idle' });

    // Enter at level 25 adds a sibling there, which is within the limit.
    expect(s().addWhy(levels[24] ?? '')).not.toBeNull();
    expect(s().whyRefusal).toBeNull();
    await vi.runAllTimersAsync();
    expect(stored()).toHaveLength(29);
  });
});
