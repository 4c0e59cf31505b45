/** Below this many rows the whole list is rendered: cheap enough, and every row stays findable in the page. */
export const VIRTUALISE_FROM = 200;

/** A guess for rows not yet measured: one line of text with the row's padding. */
export const ESTIMATED_ROW_HEIGHT = 48;

/** Where each row starts, plus the total height at the end: offsets[i] is row i's top, offsets[count] the bottom. */
export function rowOffsets(count: number, heightOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let index = 0; index < count; index += 1) offsets[index + 1] = (offsets[index] ?? 0) + heightOf(index);
  return offsets;
}

/** The row whose span holds `y` (the last row for anything past the end). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((offsets[middle] ?? 0) <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface VirtualWindow {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
  /** Space standing in for the rows above and below the rendered ones. */
  paddingTop: number;
  paddingBottom: number;
}

/** The rows to render for a viewport: those it shows, plus `overscan` on each side so arrow keys and fast scrolling never meet a gap. */
export function visibleWindow(offsets: Float64Array, scrollTop: number, viewportHeight: number, overscan: number): VirtualWindow {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0, paddingTop: 0, paddingBottom: 0 };
  const total = offsets[count] ?? 0;
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, total - viewportHeight));
  const first = rowAt(offsets, top);
  const last = rowAt(offsets, top + Math.max(0, viewportHeight) - 1);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, last + 1 + overscan);
  return { start, end, paddingTop: offsets[start] ?? 0, paddingBottom: total - (offsets[end] ?? total) };
}
