import { describe, expect, it } from 'vitest';
import { centredIn, fitInside, parseBounds, reachableBounds } from '../../../src/main/electron/window-bounds.ts';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 877 };
const PROJECTOR = { x: 1440, y: 0, width: 1920, height: 1080 };
const LEFT_MONITOR = { x: -1920, y: -200, width: 1920, height: 1040 };

describe('parseBounds', () => {
  it('accepts whole-number bounds of a plausible size', () => {
    expect(parseBounds({ x: -1800, y: 40, width: 1280, height: 720, extra: true })).toEqual({ x: -1800, y: 40, width: 1280, height: 720 });
  });

  it.each([
    null,
    undefined,
    42,
    'x',
    [],
    [1, 2, 3, 4],
    {},
    { x: 0, y: 0, width: 1280 },
    { x: '0', y: 0, width: 1280, height: 720 },
    { x: 0.5, y: 0, width: 1280, height: 720 },
    { x: Number.NaN, y: 0, width: 1280, height: 720 },
    { x: 0, y: Number.POSITIVE_INFINITY, width: 1280, height: 720 },
    { x: 1e9, y: 0, width: 1280, height: 720 },
    { x: 0, y: 0, width: 0, height: 0 },
    { x: 0, y: 0, width: -1280, height: 720 },
    { x: 0, y: 0, width: 100, height: 100 },
  ])('refuses %j', (value) => {
    expect(parseBounds(value)).toBeNull();
  });
});

describe('reachableBounds', () => {
  it('reuses bounds that are on a connected display unchanged', () => {
    const saved = { x: 1600, y: 100, width: 1280, height: 720 };
    expect(reachableBounds(saved, [LAPTOP, PROJECTOR])).toEqual({ bounds: saved, workArea: PROJECTOR });
  });

  it('reuses bounds with negative coordinates on a monitor left of the primary one', () => {
    const saved = { x: -1800, y: -150, width: 1280, height: 720 };
    expect(reachableBounds(saved, [LAPTOP, LEFT_MONITOR])?.bounds).toEqual(saved);
  });

  it('drops bounds on a display that has been removed', () => {
    expect(reachableBounds({ x: 1600, y: 100, width: 1280, height: 720 }, [LAPTOP])).toBeNull();
    expect(reachableBounds({ x: -1800, y: -150, width: 1280, height: 720 }, [LAPTOP])).toBeNull();
  });

  it('drops bounds that only a sliver of overlaps any display', () => {
    expect(reachableBounds({ x: 1400, y: 100, width: 1280, height: 720 }, [LAPTOP])).toBeNull();
    expect(reachableBounds({ x: 100, y: 850, width: 1280, height: 720 }, [LAPTOP])).toBeNull();
  });

  it('drops bounds whose title bar is above the work area', () => {
    expect(reachableBounds({ x: 100, y: -300, width: 1280, height: 720 }, [LAPTOP])).toBeNull();
  });

  it('after a lower resolution: shrinks the window to the work area and moves it inside', () => {
    const lowRes = { x: 1440, y: 0, width: 1280, height: 720 };
    expect(reachableBounds({ x: 1500, y: 50, width: 1920, height: 1080 }, [LAPTOP, lowRes])?.bounds).toEqual(lowRes);
  });

  it('pulls a partly off-screen window fully onto the display it is mostly on', () => {
    expect(reachableBounds({ x: 1000, y: 100, width: 800, height: 600 }, [LAPTOP])?.bounds).toEqual({ x: 640, y: 100, width: 800, height: 600 });
  });

  it('picks the display the window overlaps most', () => {
    const saved = { x: 1240, y: 100, width: 1280, height: 720 };
    expect(reachableBounds(saved, [LAPTOP, PROJECTOR])?.workArea).toBe(PROJECTOR);
  });

  it.each(['garbage', null, { x: 'a' }, 7])('ignores a garbage save %j', (saved) => {
    expect(reachableBounds(saved, [LAPTOP])).toBeNull();
  });

  it('finds nothing without displays', () => {
    expect(reachableBounds({ x: 0, y: 0, width: 1280, height: 720 }, [])).toBeNull();
  });
});

describe('fitInside and centredIn', () => {
  it('fitInside leaves a window that fits alone', () => {
    const bounds = { x: 10, y: 10, width: 400, height: 300 };
    expect(fitInside(bounds, LAPTOP)).toEqual(bounds);
  });

  it('centredIn centres a window and shrinks it to the area', () => {
    expect(centredIn(PROJECTOR, { width: 1280, height: 720 })).toEqual({ x: 1760, y: 180, width: 1280, height: 720 });
    expect(centredIn({ x: 0, y: 0, width: 1024, height: 600 }, { width: 1280, height: 720 })).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
  });
});
