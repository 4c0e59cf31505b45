import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../src/shared/domain/actions.ts';
import { actionRows, movedItems } from '../../../src/renderer/stores/actions/action-rows.ts';

const item = (id: string, position: number, createdAt = position): ActionItem => ({
  id,
  meetingId: 'm',
  position,
  title: `Item ${id}`,
  owner: '',
  dueOn: null,
  priority: 'P1',
  horizon: 'short_term',
  category: null,
  status: 'open',
  whyId: null,
  noteId: null,
  author: '',
  createdAt,
  updatedAt: createdAt,
});

const ids = (items: readonly { id: string }[]) => items.map((entry) => entry.id);

describe('actionRows', () => {
  it.each<[string, Parameters<typeof actionRows>[0], string[]]>([
    ['stored items in list order', { items: [item('b', 1), item('a', 0)], drafts: {}, hidden: {}, statuses: {} }, ['a', 'b']],
    [
      'adds on their way after the stored ones, oldest first',
      { items: [item('a', 0)], drafts: { d2: item('d2', 5, 20), d1: item('d1', 9, 10) }, hidden: {}, statuses: {} },
      ['a', 'd1', 'd2'],
    ],
    [
      'a draft the database already has shows once, as stored',
      { items: [item('a', 0)], drafts: { a: { ...item('a', 0), title: 'old' } }, hidden: {}, statuses: {} },
      ['a'],
    ],
    ['deletes on their way are hidden', { items: [item('a', 0), item('b', 1)], drafts: {}, hidden: { a: true }, statuses: {} }, ['b']],
  ])('%s', (_, source, expected) => {
    expect(ids(actionRows(source).map((row) => row.item))).toEqual(expected);
  });

  it('gives each row its status, saved when none is known', () => {
    const rows = actionRows({ items: [item('a', 0), item('b', 1)], drafts: {}, hidden: {}, statuses: { b: { state: 'saving' } } });
    expect(rows.map((row) => row.status.state)).toEqual(['saved', 'saving']);
  });
});

describe('movedItems', () => {
  const list = [item('a', 0), item('b', 1), item('c', 2)];
  it.each<[string, number, string[]]>([
    ['c', 0, ['c', 'a', 'b']],
    ['a', 1, ['b', 'a', 'c']],
    ['a', 99, ['b', 'c', 'a']],
    ['b', -3, ['b', 'a', 'c']],
    ['missing', 0, ['a', 'b', 'c']],
  ])('moves %s to %i', (id, position, expected) => {
    const moved = movedItems(list, id, position);
    expect(ids(moved)).toEqual(expected);
    expect(moved.map((entry) => entry.position)).toEqual([0, 1, 2]);
  });
});
