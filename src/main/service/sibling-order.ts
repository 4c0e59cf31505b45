/**
 * The order of a list after `id` is taken out and put back at `position` (clamped to the list; undefined = the end).
 * Callers then write each item's index as its position, so positions stay 0..n-1 with no gaps.
 */
export function placeAmong(orderedIds: readonly string[], id: string, position: number | undefined): string[] {
  const rest = orderedIds.filter((other) => other !== id);
  const at = position === undefined ? rest.length : Math.min(Math.max(position, 0), rest.length);
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/** Writes each item's index as its position, touching only the items whose position changed. */
export function renumber(
  items: ReadonlyArray<{ id: string; position: number }>,
  orderedIds: readonly string[],
  write: (id: string, position: number) => void,
): void {
  const current = new Map(items.map((item) => [item.id, item.position]));
  orderedIds.forEach((id, index) => {
    if (current.get(id) !== index) write(id, index);
  });
}
