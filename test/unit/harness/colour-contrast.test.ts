import { describe, expect, it } from 'vitest';
import { compositedColour, contrastRatio, parseRgb } from '../../harness/browser/colour-contrast.ts';

const white = { r: 255, g: 255, b: 255, a: 1 };
const black = { r: 0, g: 0, b: 0, a: 1 };
const clear = { r: 0, g: 0, b: 0, a: 0 };

describe('colour contrast of the legibility harness', () => {
  it('reads the rgb() forms getComputedStyle gives', () => {
    expect(parseRgb('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseRgb('rgba(10, 20, 30, 0.25)')).toEqual({ r: 10, g: 20, b: 30, a: 0.25 });
    expect(parseRgb('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(() => parseRgb('oklch(0.5 0.1 200)')).toThrow('not an rgb() colour');
  });

  it('rates contrast from 1:1 to 21:1 (WCAG 2.x)', () => {
    expect(contrastRatio(white, black)).toBeCloseTo(21, 10);
    expect(contrastRatio(black, white)).toBeCloseTo(21, 10);
    expect(contrastRatio(white, white)).toBe(1);
  });

  it('paints a translucent background over what is below, and applies each group opacity to everything inside it', () => {
    const halfBlackPanel = { background: { r: 0, g: 0, b: 0, a: 0.5 }, opacity: 1 };
    const halfOpaqueGroup = { background: clear, opacity: 0.5 };
    expect(compositedColour(white, [halfBlackPanel])).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    // Black text in a half-opaque group on that panel: halfway between the panel's grey and black.
    expect(compositedColour(white, [halfBlackPanel, halfOpaqueGroup], black)).toEqual({ r: 63.75, g: 63.75, b: 63.75, a: 1 });
    // Two nested half-opaque groups let a quarter of the text through.
    expect(compositedColour(white, [halfOpaqueGroup, halfOpaqueGroup], black)).toEqual({ r: 191.25, g: 191.25, b: 191.25, a: 1 });
    // A group's opacity fades its own background too: half of an opaque black panel over white is mid grey.
    expect(compositedColour(white, [{ background: black, opacity: 0.5 }])).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });
});
