import type { Why } from '../domain/whys.ts';
import { causalChain } from './causal-chain.ts';
import { buildWhyTree, flattenWhyTree, type WhyTreeNode } from './tree.ts';

/**
 * The node a branch of the tree is shown for when the whole tree does not fit: the one the facilitator points at; with
 * none, the root cause (the first in reading order); with no root cause, the answer edited last.
 */
export function branchAnchor(whys: readonly Why[], focusId: string | null): string | null {
  if (focusId && whys.some((why) => why.id === focusId)) return focusId;
  const ordered = flattenWhyTree(buildWhyTree(whys));
  const root = ordered.find((node) => node.why.kind === 'root');
  if (root) return root.why.id;
  let latest: Why | null = null;
  for (const why of whys) if (!latest || Math.max(why.updatedAt, why.createdAt) > Math.max(latest.updatedAt, latest.createdAt)) latest = why;
  return latest?.id ?? null;
}

/** The path from the problem statement down to the node, in reading order, with each node's depth. */
export function pathTo(whys: readonly Why[], id: string): WhyTreeNode[] {
  const path = causalChain(whys, id).reverse();
  return path.map((why, depth) => ({ why, depth, children: [] }));
}

/**
 * A branch: the path from the problem statement down to the node, then the node's own answers below it in reading
 * order. What the shared screen shows of a tree too big for it.
 */
export function whyBranch(whys: readonly Why[], id: string): WhyTreeNode[] {
  const path = pathTo(whys, id);
  const node = path.at(-1);
  if (!node) return [];
  const below = flattenWhyTree(buildWhyTree(whys)).find((candidate) => candidate.why.id === id);
  const descendants = below ? flattenWhyTree(below.children).map((child) => ({ ...child, depth: node.depth + (child.depth - below.depth) })) : [];
  return [...path, ...descendants];
}
