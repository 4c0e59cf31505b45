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
  const seen = new Set<string>();
  const grow = (why: Why, depth: number): WhyTreeNode => {
    seen.add(why.id);
    const children = (childrenOf.get(why.id) ?? []).filter((child) => !seen.has(child.id)).sort(bySiblingOrder);
    return { why, depth, children: children.map((child) => grow(child, depth + 1)) };
  };
  return (childrenOf.get(null) ?? []).sort(bySiblingOrder).map((top) => grow(top, 0));
}

/** The nodes in reading order (parents before children, siblings in order): the order arrow keys move through. */
export function flattenWhyTree(forest: readonly WhyTreeNode[]): WhyTreeNode[] {
  const out: WhyTreeNode[] = [];
  const walk = (node: WhyTreeNode): void => {
    out.push(node);
    node.children.forEach(walk);
  };
  forest.forEach(walk);
  return out;
}
