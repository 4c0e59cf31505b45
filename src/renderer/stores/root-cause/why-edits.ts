import type { Why } from '../../../shared/domain/whys.ts';
import { buildWhyTree, flattenWhyTree } from '../../../shared/whys/tree.ts';

/**
 * The same edits the service makes, applied to this window's copy at once so the tree never waits for a round trip.
 * Positions stay 0..n-1 among siblings, as the service keeps them.
 */
function siblingsOf(whys: readonly Why[], parentId: string | null, except: string): Why[] {
  return whys.filter((why) => why.parentId === parentId && why.id !== except).sort((a, b) => a.position - b.position);
}

function withPlaces(whys: readonly Why[], places: ReadonlyMap<string, { parentId: string | null; position: number }>): Why[] {
  return whys.map((why) => {
    const place = places.get(why.id);
    return place && (place.parentId !== why.parentId || place.position !== why.position) ? { ...why, ...place } : why;
  });
}

/** Puts `id` under `parentId` at `position` (undefined = last), closing the gap it left. */
export function moveWhyLocally(whys: readonly Why[], id: string, parentId: string | null, position: number | undefined): Why[] {
  const moving = whys.find((why) => why.id === id);
  if (!moving) return [...whys];
  const places = new Map<string, { parentId: string | null; position: number }>();
  siblingsOf(whys, moving.parentId, id).forEach((why, index) => places.set(why.id, { parentId: why.parentId, position: index }));
  const target = siblingsOf(whys, parentId, id);
  const at = position === undefined ? target.length : Math.min(Math.max(position, 0), target.length);
  [...target.slice(0, at), moving, ...target.slice(at)].forEach((why, index) => places.set(why.id, { parentId, position: index }));
  return withPlaces(whys, places);
}

export function insertWhyLocally(whys: readonly Why[], why: Why): Why[] {
  return moveWhyLocally([...whys.filter((other) => other.id !== why.id), why], why.id, why.parentId, why.position);
}

/** The list without the node and its subtree, and what was removed, parents first. */
export function removeWhySubtreeLocally(whys: readonly Why[], id: string): { remaining: Why[]; removed: Why[] } {
  const start = whys.find((why) => why.id === id);
  if (!start) return { remaining: [...whys], removed: [] };
  const subtreeIds = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const why of whys) {
      if (why.parentId !== null && subtreeIds.has(why.parentId) && !subtreeIds.has(why.id)) {
        subtreeIds.add(why.id);
        grew = true;
      }
    }
  }
  const removedList = whys.filter((why) => subtreeIds.has(why.id));
  const removed = flattenWhyTree(buildWhyTree(removedList)).map((node) => node.why);
  const left = whys.filter((why) => !subtreeIds.has(why.id));
  const places = new Map<string, { parentId: string | null; position: number }>();
  siblingsOf(left, start.parentId, id).forEach((why, index) => places.set(why.id, { parentId: why.parentId, position: index }));
  return { remaining: withPlaces(left, places), removed };
}
