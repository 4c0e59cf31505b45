import { describe, expect, it } from 'vitest';
import { READBACK_CYCLE_MS, readbackPageMs, readbackPages, shownReadbackPage } from '../../../../src/shared/screen/readback-pages.ts';
import { estimatedLines } from '../../../../src/shared/screen/text-extent.ts';

function action(index: number, titleLength = 40) {
  return { id: `a${index}`, title: `Action ${index} `.padEnd(titleLength, 'x'), detail: `Owner ${index} · 2017-02-15` };
}

const fifteen = Array.from({ length: 15 }, (_, index) => action(index + 1, index % 4 === 0 ? 220 : 60));

describe('read-back pages (issue 14)', () => {
  it('holds every action once, in order', () => {
    const pages = readbackPages(fifteen);
    expect(pages.flat().map((item) => item.id)).toEqual(fifteen.map((item) => item.id));
  });

  it('needs more than one page for fifteen actions, so the list is never cut', () => {
    expect(readbackPages(fifteen).length).toBeGreaterThan(1);
  });

  it('keeps a page within the room it has', () => {
    const room = { lines: 10, lineEm: 20, rowOverheadLines: 1 };
    for (const page of readbackPages(fifteen, room)) {
      if (page.length === 1) continue;
      const lines = page.reduce((sum, item) => sum + estimatedLines(item.title, 20) + estimatedLines(item.detail, 20) + 1, 0);
      expect(lines).toBeLessThanOrEqual(10);
    }
  });

  it('gives an action too long for any page a page of its own', () => {
    const huge = { id: 'huge', title: 'word '.repeat(400), detail: 'Someone · 2017-02-15' };
    const pages = readbackPages([action(1), huge, action(2)]);
    expect(pages.map((page) => page.map((item) => item.id))).toEqual([['a1'], ['huge'], ['a2']]);
  });

  it('goes through all the pages within 30 seconds', () => {
    for (const count of [2, 3, 4, 7, 15]) expect(readbackPageMs(count) * count).toBeLessThanOrEqual(READBACK_CYCLE_MS);
  });
});

describe('the page every screen shows', () => {
  it('is the page turned to, then the next one each page time, round', () => {
    const anchor = { page: 1, pageTurnedAt: 100_000 };
    const pageMs = readbackPageMs(3);
    expect(shownReadbackPage(anchor, 3, 100_000).index).toBe(1);
    expect(shownReadbackPage(anchor, 3, 100_000 + pageMs).index).toBe(2);
    expect(shownReadbackPage(anchor, 3, 100_000 + 2 * pageMs).index).toBe(0);
    expect(shownReadbackPage(anchor, 3, 100_000 + pageMs - 1).turnsInMs).toBe(1);
  });

  it('shows every page within one cycle, wherever it starts', () => {
    const anchor = { page: 0, pageTurnedAt: null };
    const seen = new Set<number>();
    const start = 1_700_000_123_456;
    for (let t = start; t < start + READBACK_CYCLE_MS; t += 250) seen.add(shownReadbackPage(anchor, 4, t).index);
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });

  it('does not turn with one page', () => {
    expect(shownReadbackPage({ page: 0, pageTurnedAt: 0 }, 1, 99_999)).toEqual({ index: 0, turnsInMs: null });
  });
});

describe('the line estimate', () => {
  it('counts a wide character as a whole em', () => {
    expect(estimatedLines('漢'.repeat(20), 20)).toBeGreaterThan(estimatedLines('a'.repeat(20), 20));
  });

  it('counts each line of a text with line breaks', () => {
    expect(estimatedLines('one\ntwo\nthree', 30)).toBe(3);
  });
});
