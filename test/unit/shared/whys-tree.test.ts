import { describe, expect, it } from 'vitest';
import type { Why, WhyKind } from '../../../src/shared/domain/whys.ts';
import { causalChain } from '../../../src/shared/whys/causal-chain.ts';
import { maxWhyDepth, shallowBranches } from '../../../src/shared/whys/depth.ts';
import { buildWhyTree, flattenWhyTree } from '../../../src/shared/whys/tree.ts';

let created = 0;
function why(id: string, parentId: string | null, position: number, kind: WhyKind = 'unclassified'): Why {
  created += 1;
  return { id, meetingId: 'm', parentId, position, text: id, kind, author: '', createdAt: created, updatedAt: created };
}

// problem
// ├─ a (symptom)
// │  └─ a1 (contributing)
// │     └─ a1x (root)
// └─ b
const sample: Why[] = [
  why('b', 'problem', 1),
  why('a1x', 'a1', 0, 'root'),
  why('problem', null, 0, 'problem'),
  why('a1', 'a', 0, 'contributing'),
  why('a', 'problem', 0, 'symptom'),
];

describe('the whys tree', () => {
  it('builds the tree from the flat list, siblings by position, with depths', () => {
    const forest = buildWhyTree(sample);
    expect(flattenWhyTree(forest).map((node) => [node.why.id, node.depth])).toEqual([
      ['problem', 0],
      ['a', 1],
      ['a1', 2],
      ['a1x', 3],
      ['b', 1],
    ]);
  });

  it('shows a node whose parent is missing at the top instead of dropping it', () => {
    const forest = buildWhyTree([why('orphan', 'gone', 0), why('p', null, 0, 'problem')]);
    expect(forest.map((node) => node.why.id).sort()).toEqual(['orphan', 'p']);
  });

  it.each([
    ['a1x', ['a1x', 'a1', 'a', 'problem']],
    ['b', ['b', 'problem']],
    ['problem', ['problem']],
    ['unknown', []],
  ])('the causal chain of %s runs from trigger to impact', (id, expected) => {
    expect(causalChain(sample, id).map((w) => w.id)).toEqual(expected);
  });

  it('stops a causal chain at a cycle in stale data', () => {
    expect(causalChain([why('x', 'y', 0), why('y', 'x', 0)], 'x').map((w) => w.id)).toEqual(['x', 'y']);
  });

  it('hints at branches that stop before a root cause, not at branches that reach one', () => {
    const forest = buildWhyTree(sample);
    expect(shallowBranches(forest).map((b) => [b.leaf.id, b.depth])).toEqual([['b', 1]]);
    expect(maxWhyDepth(forest)).toBe(3);
  });

  it('gives no hint for a lone problem statement or a branch five answers deep', () => {
    expect(shallowBranches(buildWhyTree([why('p', null, 0, 'problem')]))).toEqual([]);
    const chain = [why('p', null, 0, 'problem'), why('w1', 'p', 0), why('w2', 'w1', 0), why('w3', 'w2', 0), why('w4', 'w3', 0), why('w5', 'w4', 0)];
    expect(shallowBranches(buildWhyTree(chain))).toEqual([]);
  });
});

describe('a chain 3,000 levels deep, as a database written before the depth limit may hold', () => {
  const LEVELS = 3_000;
  // Listed children first, as a list grouped by parent may come, so nothing can lean on the order it arrives in.
  const chain: Why[] = Array.from({ length: LEVELS }, (_, level) =>
    why(`w${level}`, level === 0 ? null : `w${level - 1}`, 0, level === 0 ? 'problem' : level === LEVELS - 1 ? 'root' : 'unclassified'),
  ).reverse();

  it('builds and flattens the tree with every level in reading order and its depth', () => {
    const rows = flattenWhyTree(buildWhyTree(chain));
    expect(rows).toHaveLength(LEVELS);
    rows.forEach((row, level) => {
      expect(row.why.id).toBe(`w${level}`);
      expect(row.depth).toBe(level);
    });
  });

  it('measures its depth, finds no shallow branch, and follows the causal chain from the root cause to the problem', () => {
    const forest = buildWhyTree(chain);
    expect(maxWhyDepth(forest)).toBe(LEVELS - 1);
    expect(shallowBranches(forest)).toEqual([]);
    const causes = causalChain(chain, `w${LEVELS - 1}`);
    expect(causes).toHaveLength(LEVELS);
    expect(causes[0]?.kind).toBe('root');
    expect(causes.at(-1)?.kind).toBe('problem');
  });

  it('hints at a shallow branch hanging off the deep chain, in reading order', () => {
    const withBranch = [...chain, why('side', 'w1', 1)];
    expect(shallowBranches(buildWhyTree(withBranch)).map((branch) => [branch.leaf.id, branch.depth])).toEqual([['side', 2]]);
  });
});
