/**
 * The items around the focused one that the shared screen shows for context: `radius` on each side, shifted inwards
 * at either end of the list so the window keeps its size. Returns [start, end) indexes.
 */
export function windowAround(length: number, index: number, radius: number): [number, number] {
  const size = Math.min(length, 2 * radius + 1);
  const start = Math.max(0, Math.min(index - radius, length - size));
  return [start, start + size];
}

/** Neighbours on each side of the focused item, most first: the variants a focused list tries until one fits. */
export const FOCUS_RADII = [4, 3, 2, 1, 0] as const;

/** How many of the latest items an unfocused list tries to show, most first. */
export const LATEST_COUNTS = [9, 8, 7, 6, 5, 4, 3, 2, 1] as const;
