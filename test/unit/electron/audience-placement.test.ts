import { describe, expect, it } from 'vitest';
import { audiencePlacement, type DisplayArea } from '../../../src/main/electron/audience-placement.ts';

function display(id: number, x: number, y: number, width: number, height: number, taskbar = 0): DisplayArea {
  return { id, bounds: { x, y, width, height }, workArea: { x, y: y + taskbar, width, height: height - taskbar } };
}

const LAPTOP = display(1, 0, 0, 1440, 900, 23);
const PROJECTOR = display(2, 1440, 0, 1920, 1080);
const SIDE_SCREEN = display(3, -1920, 0, 1920, 1080);

describe('audiencePlacement', () => {
  it('one display: a normal window centred on it', () => {
    expect(audiencePlacement([LAPTOP], 1, null)).toEqual({ bounds: { x: 80, y: 101, width: 1280, height: 720 }, fullscreen: false });
  });

  it('one display: the saved bounds when they are still on it', () => {
    const saved = { x: 20, y: 40, width: 800, height: 600 };
    expect(audiencePlacement([LAPTOP], 1, saved)).toEqual({ bounds: saved, fullscreen: false });
  });

  it('one display: saved bounds from the projector that has been unplugged fall back to the centre', () => {
    const saved = { x: 1600, y: 100, width: 1280, height: 720 };
    expect(audiencePlacement([LAPTOP], 1, saved)).toEqual({ bounds: { x: 80, y: 101, width: 1280, height: 720 }, fullscreen: false });
  });

  it('a second display: fullscreen on it, whatever the primary one is listed as', () => {
    expect(audiencePlacement([LAPTOP, PROJECTOR], 1, null)).toEqual({
      bounds: { x: 1760, y: 180, width: 1280, height: 720 },
      fullscreen: true,
    });
    expect(audiencePlacement([PROJECTOR, LAPTOP], 1, null).bounds?.x).toBe(1760);
  });

  it('a second display: the primary one is never chosen, even when the saved bounds are on it', () => {
    const placement = audiencePlacement([LAPTOP, PROJECTOR], 1, { x: 20, y: 40, width: 800, height: 600 });
    expect(placement).toEqual({ bounds: { x: 1760, y: 180, width: 1280, height: 720 }, fullscreen: true });
  });

  it('several other displays: the one the saved bounds are on, else the first non-primary one', () => {
    const onSide = { x: -1800, y: 100, width: 1280, height: 720 };
    expect(audiencePlacement([LAPTOP, PROJECTOR, SIDE_SCREEN], 1, onSide)).toEqual({ bounds: onSide, fullscreen: true });
    expect(audiencePlacement([LAPTOP, PROJECTOR, SIDE_SCREEN], 1, 'garbage').bounds?.x).toBe(1760);
  });

  it('an unknown primary id counts the first display as primary', () => {
    expect(audiencePlacement([LAPTOP, PROJECTOR], 99, null).bounds?.x).toBe(1760);
  });

  it('no displays reported: default size, placed by the system', () => {
    expect(audiencePlacement([], 1, null)).toEqual({ bounds: null, fullscreen: false });
  });
});
