import type { Page } from 'playwright-core';
import { contrastRatio, compositedColour, parseRgb, rgbText } from './colour-contrast.ts';
import { inspectTexts } from './text-inspection.ts';

/**
 * Legibility as a projector needs it, measured on the rendered page: each text's size, its contrast with what is
 * really behind it, and whether any of it is cut off. The failure helpers return one readable line per offender, so
 * `expect(contrastFailures(texts, 7)).toEqual([])` says what is wrong where.
 */

export interface MeasuredText {
  /** The element's own text (its text-node children), whitespace collapsed, first 60 characters. */
  text: string;
  /** tag#id.class[data-testid="…"] of the element that holds the text. */
  element: string;
  fontSizePx: number;
  /** The text as painted: its colour with every ancestor's `opacity` applied, over the background, as rgb(). */
  color: string;
  /**
   * What is behind the text, as rgb(): the background colours of the element and its ancestors composited (alpha
   * and `opacity`) down to the canvas (white, or the dark canvas of a dark root colour scheme).
   */
  background: string;
  /** WCAG 2.x contrast ratio of `color` and `background`, from 1 to 21. */
  contrast: number;
  /** A box under the text paints a background image or gradient, which `background` does not include. */
  backgroundImage: boolean;
  rect: { x: number; y: number; width: number; height: number };
}

/**
 * Every element under (and including) the root that has text of its own (text-node children) and is rendered: not
 * display:none, visibility:hidden, opacity 0, of zero size, or visually hidden (.visually-hidden's 1×1 px clip).
 */
export async function readTexts(page: Page, rootSelector: string): Promise<MeasuredText[]> {
  return (await inspectTexts(page, rootSelector)).map((found) => {
    const canvas = parseRgb(found.canvas);
    const layers = found.layers.map((layer) => ({ background: parseRgb(layer.background), opacity: layer.opacity }));
    const background = compositedColour(canvas, layers);
    const color = compositedColour(canvas, layers, parseRgb(found.colour));
    return {
      text: found.text,
      element: found.element,
      fontSizePx: found.fontSizePx,
      color: rgbText(color),
      background: rgbText(background),
      contrast: contrastRatio(color, background),
      backgroundImage: found.backgroundImage,
      rect: found.rect,
    };
  });
}

/** `div.title "Checkout outage"`: the element and its text, for failure messages. */
export function describeText(text: Pick<MeasuredText, 'element' | 'text'>): string {
  return `${text.element} "${text.text}"`;
}

/** Two decimals, or three rounded down where two would print a failing ratio as the minimum (6.996 as 7.00). */
function ratioText(ratio: number, minRatio: number): string {
  const rounded = ratio.toFixed(2);
  return `${Number(rounded) < minRatio ? rounded : (Math.floor(ratio * 1000) / 1000).toFixed(3)}:1`;
}

/** One line for each text whose contrast is below `minRatio` (WCAG: no rounding, 6.99:1 is not 7:1). */
export function contrastFailures(texts: readonly MeasuredText[], minRatio: number): string[] {
  return texts
    .filter((text) => text.contrast < minRatio)
    .map((text) => `${describeText(text)}: contrast ${ratioText(text.contrast, minRatio)} (${text.color} on ${text.background}), needs ${minRatio}:1`);
}

/** One line for each text whose font size is below `minPx`. */
export function smallTexts(texts: readonly MeasuredText[], minPx: number): string[] {
  return texts
    .filter((text) => text.fontSizePx < minPx)
    .map((text) => `${describeText(text)}: ${Number(text.fontSizePx.toFixed(2))} px, needs at least ${minPx} px`);
}

/**
 * One line for each text under the root of which some part cannot be seen: cut by its own box (more content than
 * room where overflow is not visible, as -webkit-line-clamp and text-overflow: ellipsis do), spilling out of its own
 * box, cut by an ancestor whose overflow clips, or lying outside the window.
 */
export async function clippedTexts(page: Page, rootSelector: string): Promise<string[]> {
  return (await inspectTexts(page, rootSelector)).flatMap((found) => found.cuts.map((cut) => `${describeText(found)}: ${cut}`));
}
