import { describe, expect, it } from 'vitest';
import type { Why } from '../../../src/shared/domain/whys.ts';
import {
  TOO_MANY_WHYS,
  WHY_DEPTH_MAX,
  WHY_MOVE_TOO_DEEP,
  WHY_TOO_DEEP,
  WHYS_PER_MEETING_MAX,
  subtreeHeight,
  whyDepths,
  whyLimitRefusal,
} from '../../../src/shared/whys/limits.ts';

type Link = Pick<Why, 'id' | 'parentId'>;

/** n0 (the problem) -> n1 -> ... -> n{last}. */
const chain = (last: number, prefix = 'n'): Link[] =>
  Array.from({ length: last + 1 }, (_, level) => ({ id: `${prefix}${level}`, parentId: level === 0 ? null : `${prefix}${level - 1}` }));

describe('the limits of a 5 Whys tree', () => {
  it('are the ones the issue sets: 25 levels below the problem statement, 1,000 whys a meeting', () => {
    expect(WHY_DEPTH_MAX).toBe(25);
    expect(WHYS_PER_MEETING_MAX).toBe(1_000);
    expect(WHY_TOO_DEEP).toMatch(/^a why may be at most 25 levels deep/);
    expect(TOO_MANY_WHYS).toMatch(/^a meeting holds at most 1,000 whys/);
  });

  it('measures depths without recursion, even 3,000 levels down, listed in any order', () => {
    const deep = chain(2_999).reverse();
    const depths = whyDepths(deep);
    expect(depths.get('n0')).toBe(0);
    expect(depths.get('n2999')).toBe(2_999);
    expect(subtreeHeight(deep, 'n0')).toBe(2_999);
    expect(subtreeHeight(deep, 'n2990')).toBe(9);
  });

  it('counts a node whose parent is missing as a top node, and gives a node in or below a loop no depth', () => {
    const depths = whyDepths([
      { id: 'orphan', parentId: 'gone' },
      { id: 'below-orphan', parentId: 'orphan' },
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
      { id: 'below-loop', parentId: 'a' },
      { id: 'self', parentId: 'self' },
    ]);
    expect(Object.fromEntries(depths)).toEqual({ orphan: 0, 'below-orphan': 1 });
  });

  const tree: Link[] = [...chain(25), { id: 'b', parentId: 'n0' }, { id: 'b1', parentId: 'b' }, { id: 'b2', parentId: 'b1' }];

  it.each([
    ['a problem statement', null, undefined, null],
    ['an answer at level 25', 'n24', undefined, null],
    ['an answer at level 26', 'n25', undefined, WHY_TOO_DEEP],
    ['a branch two levels high moved so its deepest answer is at level 25', 'n22', 'b', null],
    ['a branch two levels high moved so its deepest answer is at level 26', 'n23', 'b', WHY_MOVE_TOO_DEEP],
    ['a leaf moved to level 25', 'n24', 'b2', null],
  ])('%s', (_what, parentId, moving, expected) => {
    expect(whyLimitRefusal(tree, parentId, moving)).toBe(expected);
  });

  it('refuses the 1,001st why of a meeting, but not a move within a full one', () => {
    const full = [...chain(0), ...Array.from({ length: WHYS_PER_MEETING_MAX - 1 }, (_, index) => ({ id: `c${index}`, parentId: 'n0' }))];
    expect(full).toHaveLength(1_000);
    expect(whyLimitRefusal(full.slice(1), 'n0')).toBeNull();
    expect(whyLimitRefusal(full, 'n0')).toBe(TOO_MANY_WHYS);
    expect(whyLimitRefusal(full, null)).toBe(TOO_MANY_WHYS);
    expect(whyLimitRefusal(full, 'c1', 'c0')).toBeNull();
  });
});
