import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import type { Why, WhyKind } from '../../../src/shared/domain/whys.ts';
import { insertWhyLocally, moveWhyLocally, removeWhySubtreeLocally } from '../../../src/renderer/stores/root-cause/why-edits.ts';
import { createOrderedWrites, type WriteStatus } from '../../../src/renderer/stores/ordered-writes.ts';
import { rootCauseCapture, showsWhysTree } from '../../../src/renderer/views/root-cause/capture-kinds.ts';
import { whyKeyAction, type WhyKeyPress } from '../../../src/renderer/views/root-cause/why-keys.ts';

function why(id: string, parentId: string | null, position: number, kind: WhyKind = 'unclassified'): Why {
  return { id, meetingId: 'm', parentId, position, text: id, kind, author: '', createdAt: position, updatedAt: position };
}

const places = (whys: readonly Why[]) =>
  Object.fromEntries([...whys].sort((a, b) => a.id.localeCompare(b.id)).map((w) => [w.id, `${w.parentId ?? '-'}:${w.position}`]));

const press = (key: string, extra: Partial<WhyKeyPress> = {}): WhyKeyPress => ({
  key,
  code: '',
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...extra,
});

describe('keys in a whys node', () => {
  const plain = { empty: false, hasChildren: false };
  it.each([
    ['Enter', press('Enter'), { type: 'add-sibling' }],
    ['Tab', press('Tab'), { type: 'add-child' }],
    ['Shift+Tab', press('Tab', { shiftKey: true }), { type: 'outdent' }],
    ['ArrowUp', press('ArrowUp'), { type: 'focus', direction: -1 }],
    ['ArrowDown', press('ArrowDown'), { type: 'focus', direction: 1 }],
    ['Alt+ArrowUp', press('ArrowUp', { altKey: true }), { type: 'move', direction: -1 }],
    ['Alt+R', press('r', { altKey: true, code: 'KeyR' }), { type: 'kind', kind: 'root' }],
    ['Alt+R on macOS (types ®)', press('®', { altKey: true, code: 'KeyR' }), { type: 'kind', kind: 'root' }],
    ['Alt+C', press('c', { altKey: true, code: 'KeyC' }), { type: 'kind', kind: 'contributing' }],
    ['Alt+S', press('s', { altKey: true, code: 'KeyS' }), { type: 'kind', kind: 'symptom' }],
    ['a letter', press('a', { code: 'KeyA' }), null],
    ['Ctrl+Enter', press('Enter', { ctrlKey: true }), null],
    ['Shift+Enter', press('Enter', { shiftKey: true }), null],
    ['Backspace with words', press('Backspace'), null],
  ])('%s', (_name, keyPress, expected) => {
    expect(whyKeyAction(keyPress, plain)).toEqual(expected);
  });

  it('removes an empty leaf on Backspace, never a node with answers below it', () => {
    expect(whyKeyAction(press('Backspace'), { empty: true, hasChildren: false })).toEqual({ type: 'delete-empty' });
    expect(whyKeyAction(press('Backspace'), { empty: true, hasChildren: true })).toBeNull();
  });
});

describe('local whys edits mirror the service', () => {
  const tree = [why('p', null, 0, 'problem'), why('a', 'p', 0), why('b', 'p', 1), why('c', 'p', 2), why('a1', 'a', 0)];

  it('inserts at a position and shifts the later siblings', () => {
    expect(places(insertWhyLocally(tree, why('n', 'p', 1)))).toMatchObject({ n: 'p:1', b: 'p:2', c: 'p:3', a: 'p:0' });
  });

  it('moves under another parent and closes the gap', () => {
    expect(places(moveWhyLocally(tree, 'b', 'a', undefined))).toMatchObject({ a: 'p:0', c: 'p:1', a1: 'a:0', b: 'a:1' });
    expect(places(moveWhyLocally(tree, 'c', 'p', 0))).toMatchObject({ c: 'p:0', a: 'p:1', b: 'p:2' });
  });

  it('removes a subtree, parents first, and renumbers the siblings left', () => {
    const { remaining, removed } = removeWhySubtreeLocally(tree, 'a');
    expect(removed.map((w) => w.id)).toEqual(['a', 'a1']);
    expect(places(remaining)).toEqual({ b: 'p:0', c: 'p:1', p: '-:0' });
  });
});

describe('section kinds', () => {
  it.each([
    ['root_cause', 'whys'],
    ['symptoms_vs_causes', 'whys'],
    ['went_well', 'notes'],
    ['could_improve', 'notes'],
    ['closing', 'notes'],
    ['perspective', 'perspective'],
  ] as const)('%s captures %s', (kind, capture) => {
    expect(rootCauseCapture(kind)?.kind).toBe(capture);
  });

  it('leaves the timeline and action items to their own panels', () => {
    expect(rootCauseCapture('timeline')).toBeNull();
    expect(rootCauseCapture('action_items')).toBeNull();
    expect(showsWhysTree('root_cause')).toBe(true);
    expect(showsWhysTree('went_well')).toBe(false);
  });
});

describe('the write queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const statuses: WriteStatus[] = [];
    let idle = 0;
    const [, writes] = createOrderedWrites();
    writes.subscribe((state) => statuses.push(state.status));
    writes.getState().onSettled(() => (idle += 1));
    const queue = writes.getState();
    return { queue, statuses, idleCount: () => idle };
  };

  it('sends writes in order, held edits before the next structural write', async () => {
    const { queue, idleCount } = setup();
    const sent: string[] = [];
    const write = (name: string) => async () => {
      sent.push(name);
    };
    queue.edit('why:a', write('text a (old)'));
    queue.edit('why:a', write('text a'));
    queue.push(write('add child of a'));
    await vi.runAllTimersAsync();
    expect(sent).toEqual(['text a', 'add child of a']);
    expect(queue.isIdle()).toBe(true);
    expect(idleCount()).toBeGreaterThan(0);
  });

  it('keeps a write that could not reach the service, and everything after it, until retry', async () => {
    const { queue, statuses } = setup();
    const sent: string[] = [];
    let online = false;
    queue.push(async () => {
      if (!online) throw new Error('Connection lost');
      sent.push('first');
    });
    queue.push(async () => {
      sent.push('second');
    });
    await vi.runAllTimersAsync();
    expect(sent).toEqual([]);
    expect(statuses.at(-1)).toEqual({ state: 'stalled', message: 'Connection lost' });
    expect(queue.isIdle()).toBe(false);
    online = true;
    queue.retry();
    await vi.runAllTimersAsync();
    expect(sent).toEqual(['first', 'second']);
    expect(statuses.at(-1)).toEqual({ state: 'idle' });
  });

  it('drops a write the service refused, says why, and carries on', async () => {
    const { queue, statuses } = setup();
    const sent: string[] = [];
    queue.push(async () => {
      throw new ApiError('invalid_input', 'patch.parentId: would make a cycle', 'patch.parentId');
    });
    queue.push(async () => {
      sent.push('next');
    });
    await vi.runAllTimersAsync();
    expect(sent).toEqual(['next']);
    expect(statuses.at(-1)).toEqual({ state: 'refused', message: 'patch.parentId: would make a cycle' });
  });
});
