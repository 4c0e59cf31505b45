import type { Why } from '../domain/whys.ts';
import type { WhyTreeNode } from './tree.ts';

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
  const walk = (node: WhyTreeNode, rootAbove: boolean): void => {
    const rootHere = rootAbove || node.why.kind === 'root';
    if (node.children.length === 0) {
      if (node.depth > 0 && !rootHere && node.depth < RECOMMENDED_WHY_DEPTH) out.push({ leaf: node.why, depth: node.depth });
      return;
    }
    for (const child of node.children) walk(child, rootHere);
  };
  forest.forEach((top) => walk(top, false));
  return out;
}

/** The deepest "why?" answer below any problem statement. */
export function maxWhyDepth(forest: readonly WhyTreeNode[]): number {
  let max = 0;
  const walk = (node: WhyTreeNode): void => {
    max = Math.max(max, node.depth);
    node.children.forEach(walk);
  };
  forest.forEach(walk);
  return max;
}
