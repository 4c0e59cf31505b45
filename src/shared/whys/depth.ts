import type { Why } from '../domain/whys.ts';
import { flattenWhyTree, type WhyTreeNode } from './tree.ts';

/** How many times the 5 Whys technique asks "why?" before a cause is usually systemic enough to act on. */
export const RECOMMENDED_WHY_DEPTH = 5;

export interface ShallowBranch {
  /** The last answer of a branch that stops before reaching a root cause. */
  leaf: Why;
  /** How many "why?" answers the branch has below the problem statement. */
  depth: number;
}

/**
 * Branches that end without a root cause and before the recommended depth: a hint to keep asking "why?"
 * (seed 002: do not stop at "human error"). A branch that ends in a root cause is complete at any depth.
 */
export function shallowBranches(forest: readonly WhyTreeNode[]): ShallowBranch[] {
  const out: ShallowBranch[] = [];
  // Reading order with an explicit stack: a tree written before the depth limit may be thousands of levels deep.
  const stack: Array<[WhyTreeNode, boolean]> = [...forest].reverse().map((top) => [top, false]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, rootAbove] = next;
    const rootHere = rootAbove || node.why.kind === 'root';
    if (node.children.length === 0) {
      if (node.depth > 0 && !rootHere && node.depth < RECOMMENDED_WHY_DEPTH) out.push({ leaf: node.why, depth: node.depth });
      continue;
    }
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      const child = node.children[index];
      if (child) stack.push([child, rootHere]);
    }
  }
  return out;
}

/** The deepest "why?" answer below any problem statement. */
export function maxWhyDepth(forest: readonly WhyTreeNode[]): number {
  return flattenWhyTree(forest).reduce((max, node) => Math.max(max, node.depth), 0);
}
