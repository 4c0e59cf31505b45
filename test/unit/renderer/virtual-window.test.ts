import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets, visibleWindow } from '../../../src/renderer/views/timeline/virtual-window.ts';

const uniform = (count: number, height = 50) => rowOffsets(count, () => height);

describe('rowOffsets and rowAt', () => {
  it('adds up measured heights', () => {
    expect([...rowOffsets(3, (index) => [10, 30, 20][index] ?? 0)]).toEqual([0, 10, 40, 60]);
  });

  it.each([
    [0, 0],
    [9.5, 0],
    [10, 1],
    [39, 1],
    [40, 2],
    [1000, 2],
  ])('y = %d falls in row %i', (y, row) => {
    expect(
      rowAt(
        rowOffsets(3, (index) => [10, 30, 20][index] ?? 0),
        y,
      ),
    ).toBe(row);
  });
});

describe('visibleWindow', () => {
  it.each([
    ['the top of 5,000 rows', 5000, 0, 500, 2, { start: 0, end: 12, paddingTop: 0, paddingBottom: (5000 - 12) * 50 }],
    ['the middle', 5000, 100_000, 500, 2, { start: 1998, end: 2012, paddingTop: 1998 * 50, paddingBottom: (5000 - 2012) * 50 }],
    ['the very end', 5000, 250_000, 500, 2, { start: 4988, end: 5000, paddingTop: 4988 * 50, paddingBottom: 0 }],
    ['a scroll past the end (clamped)', 5000, 999_999, 500, 0, { start: 4990, end: 5000, paddingTop: 4990 * 50, paddingBottom: 0 }],
    ['a negative scroll (elastic scrolling)', 100, -80, 200, 1, { start: 0, end: 5, paddingTop: 0, paddingBottom: 95 * 50 }],
    ['a viewport taller than the list', 3, 0, 900, 5, { start: 0, end: 3, paddingTop: 0, paddingBottom: 0 }],
    ['no rows', 0, 0, 500, 5, { start: 0, end: 0, paddingTop: 0, paddingBottom: 0 }],
  ])('renders a small window at %s', (_where, count, scrollTop, viewport, overscan, expected) => {
    expect(visibleWindow(uniform(count), scrollTop, viewport, overscan)).toEqual(expected);
  });

  it('keeps the rendered rows plus padding exactly as tall as the whole list', () => {
    const offsets = rowOffsets(5000, (index) => 40 + (index % 7) * 9);
    for (const scrollTop of [0, 12_345, 98_765, 200_000]) {
      const window = visibleWindow(offsets, scrollTop, 720, 8);
      const rendered = (offsets[window.end] ?? 0) - (offsets[window.start] ?? 0);
      expect(window.paddingTop + rendered + window.paddingBottom).toBe(offsets[5000]);
      expect(window.end - window.start).toBeLessThan(60);
    }
  });
});
