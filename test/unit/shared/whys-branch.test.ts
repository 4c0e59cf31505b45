import { describe, expect, it } from 'vitest';
import type { Why, WhyKind } from '../../../src/shared/domain/whys.ts';
import { branchAnchor, pathTo, whyBranch } from '../../../src/shared/whys/branch.ts';

function why(id: string, parentId: string | null, position: number, kind: WhyKind = 'unclassified', updatedAt = 1): Why {
  return { id, meetingId: 'm', parentId, position, text: id, kind, author: '', createdAt: 1, updatedAt };
}

// problem
// ├─ a ── a1 ── a2 (root) ── a3
// └─ b ── b1 (edited last)
const tree: Why[] = [
  why('problem', null, 0, 'problem'),
  why('a', 'problem', 0, 'symptom'),
  why('a1', 'a', 0, 'contributing'),
  why('a2', 'a1', 0, 'root'),
  why('a3', 'a2', 0),
  why('b', 'problem', 1),
  why('b1', 'b', 0, 'unclassified', 50),
];

const ids = (nodes: { why: Why }[]) => nodes.map((node) => node.why.id);

describe('the branch the shared screen shows of a tree too big for it', () => {
  it('is the focused node’s when one is focused', () => {
    expect(branchAnchor(tree, 'b')).toBe('b');
  });

  it('is the root cause’s with no focus, or a focus on a node that no longer exists', () => {
    expect(branchAnchor(tree, null)).toBe('a2');
    expect(branchAnchor(tree, 'deleted')).toBe('a2');
  });

  it('is the one edited last when nothing is marked root cause', () => {
    const noRoot = tree.map((node) => (node.kind === 'root' ? { ...node, kind: 'contributing' as const } : node));
    expect(branchAnchor(noRoot, null)).toBe('b1');
    expect(branchAnchor([], null)).toBeNull();
  });

  it('runs from the problem statement down to the node, then the node’s own answers', () => {
    expect(ids(whyBranch(tree, 'a1'))).toEqual(['problem', 'a', 'a1', 'a2', 'a3']);
    expect(whyBranch(tree, 'a1').map((node) => node.depth)).toEqual([0, 1, 2, 3, 4]);
    expect(ids(whyBranch(tree, 'b'))).toEqual(['problem', 'b', 'b1']);
  });

  it('leaves out the other branches', () => {
    expect(ids(whyBranch(tree, 'b1'))).not.toContain('a');
  });

  it('walks a path without looping when stale data has a cycle', () => {
    const cycle = [why('x', 'y', 0), why('y', 'x', 0)];
    expect(ids(pathTo(cycle, 'x'))).toEqual(['y', 'x']);
  });
});
