import type { Why } from '../domain/whys.ts';

export interface WhyTreeNode {
  why: Why;
  /** 0 for the problem statement; each "why?" answer one deeper. */
  depth: number;
  children: WhyTreeNode[];
}

function bySiblingOrder(a: Why, b: Why): number {
  return a.position - b.position || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The forest of trees a meeting's flat list describes, siblings in order. A node whose parent is missing (a list
 * caught mid-update) is shown at the top rather than dropped, so nothing typed disappears from view.
 */
export function buildWhyTree(whys: readonly Why[]): WhyTreeNode[] {
  const ids = new Set(whys.map((why) => why.id));
  const childrenOf = new Map<string | null, Why[]>();
  for (const why of whys) {
    const parent = why.parentId !== null && ids.has(why.parentId) ? why.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(why);
    childrenOf.set(parent, list);
  }
  // Built with an explicit stack, not recursion: a tree written before the depth limit may be thousands of levels deep.
  const seen = new Set<string>();
  const nodeOf = (why: Why, depth: number): WhyTreeNode => {
    seen.add(why.id);
    return { why, depth, children: [] };
  };
  const forest = (childrenOf.get(null) ?? []).sort(bySiblingOrder).map((top) => nodeOf(top, 0));
  const stack = [...forest];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const children = (childrenOf.get(node.why.id) ?? []).filter((child) => !seen.has(child.id)).sort(bySiblingOrder);
    for (const child of children) {
      const grown = nodeOf(child, node.depth + 1);
      node.children.push(grown);
      stack.push(grown);
    }
  }
  return forest;
}

/** The nodes in reading order (parents before children, siblings in order): the order arrow keys move through. */
export function flattenWhyTree(forest: readonly WhyTreeNode[]): WhyTreeNode[] {
  const out: WhyTreeNode[] = [];
  const stack = [...forest].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    out.push(node);
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      const child = node.children[index];
      if (child) stack.push(child);
    }
  }
  return out;
}
