import type { Why } from '../domain/whys.ts';

/**
 * How deep a why may sit below its problem statement (depth 0): five times the five whys the technique asks for, and
 * a bound on every walk of the tree (the renderer's, the exports', SQLite's cascades).
 */
export const WHY_DEPTH_MAX = 25;

/**
 * How many whys one meeting may hold. A thorough panel review (six perspectives, a few branches each, five or so whys
 * deep) stays in the low hundreds; 1,000 is never reached in a real review, yet bounds every list, export, undo and
 * archive a meeting can produce.
 */
export const WHYS_PER_MEETING_MAX = 1_000;

/** The depth limit in words, for every message that refuses a why for being too deep. */
export const WHY_DEPTH_RULE = `a why may be at most ${WHY_DEPTH_MAX} levels deep (the problem statement and ${WHY_DEPTH_MAX} answers below it)`;

/** Why an answer cannot be asked at this level. */
export const WHY_TOO_DEEP = `${WHY_DEPTH_RULE}; this answer would be deeper`;

/** Why a branch cannot move under this node. */
export const WHY_MOVE_TOO_DEEP = `${WHY_DEPTH_RULE}; moving this answer there would put it or one of its own answers deeper`;

/** Why a meeting takes no more whys. */
export const TOO_MANY_WHYS = `a meeting holds at most ${WHYS_PER_MEETING_MAX.toLocaleString('en-US')} whys; delete some before adding another`;

/**
 * Each node's depth below the top of its tree, walking every chain once (no recursion, however deep the list). A node
 * whose parent is not in the list counts as a top node, as buildWhyTree shows it; a node in or below a loop of stale
 * data has no depth.
 */
export function whyDepths(whys: readonly Pick<Why, 'id' | 'parentId'>[]): Map<string, number> {
  const parentOf = new Map(whys.map((why) => [why.id, why.parentId]));
  const depths = new Map<string, number>();
  const inLoop = new Set<string>();
  for (const why of whys) {
    // Climb until a node whose depth is known (or a top), then number the climbed path on the way back down.
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | null = why.id;
    let base = -1;
    while (current !== null) {
      const known = depths.get(current);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (inLoop.has(current) || onPath.has(current)) {
        for (const id of path) inLoop.add(id);
        path.length = 0;
        break;
      }
      path.push(current);
      onPath.add(current);
      const parent: string | null | undefined = parentOf.get(current);
      current = parent === undefined || parent === null || !parentOf.has(parent) ? null : parent;
    }
    for (let index = path.length - 1; index >= 0; index -= 1) depths.set(path[index] ?? '', base + path.length - index);
  }
  return depths;
}

/** How many levels hang below `id` (0 for a leaf), walked without recursion. */
export function subtreeHeight(whys: readonly Pick<Why, 'id' | 'parentId'>[], id: string): number {
  const childrenOf = new Map<string, string[]>();
  for (const why of whys) {
    if (why.parentId === null) continue;
    const list = childrenOf.get(why.parentId) ?? [];
    list.push(why.id);
    childrenOf.set(why.parentId, list);
  }
  let height = 0;
  const seen = new Set<string>([id]);
  const stack: Array<[string, number]> = [[id, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, level] = next;
    height = Math.max(height, level);
    for (const child of childrenOf.get(node) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      stack.push([child, level + 1]);
    }
  }
  return height;
}

/**
 * Why a new why (no `moving`) or the branch rooted at `moving` cannot go under `parentId`, or null when it can: the
 * limits above, checked on a window's copy of the list so the keyboard can say so at once. The service checks the
 * same limits against the database.
 */
export function whyLimitRefusal(whys: readonly Pick<Why, 'id' | 'parentId'>[], parentId: string | null, moving?: string): string | null {
  if (moving === undefined && whys.length >= WHYS_PER_MEETING_MAX) return TOO_MANY_WHYS;
  if (parentId === null) return null;
  const parentDepth = whyDepths(whys).get(parentId) ?? 0;
  const below = moving === undefined ? 0 : subtreeHeight(whys, moving);
  if (parentDepth + 1 + below <= WHY_DEPTH_MAX) return null;
  return moving === undefined ? WHY_TOO_DEEP : WHY_MOVE_TOO_DEEP;
}
