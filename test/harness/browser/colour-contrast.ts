/**
 * Colours as a browser paints them, and their contrast as WCAG 2.x defines it. Pure functions: the page reports
 * computed colours, these work out what reaches the screen.
 */

/** sRGB channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** One box between the canvas and a text: its background colour and its own `opacity` (which applies to all inside it). */
export interface PaintLayer {
  background: Rgba;
  opacity: number;
}

/** Reads `rgb(…)` / `rgba(…)` in the comma or the space syntax, as getComputedStyle gives sRGB colours. */
export function parseRgb(css: string): Rgba {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(css.trim());
  if (!match) throw new Error(`not an rgb() colour: ${css}`);
  const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] === '%' ? 100 : 1);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** `source` painted over an opaque `backdrop` (source-over); the result is opaque. */
export function paintOver(source: Rgba, backdrop: Rgba): Rgba {
  const mix = (top: number, below: number): number => top * source.a + below * (1 - source.a);
  return { r: mix(source.r, backdrop.r), g: mix(source.g, backdrop.g), b: mix(source.b, backdrop.b), a: 1 };
}

function fade(backdrop: Rgba, painted: Rgba, opacity: number): Rgba {
  const mix = (top: number, below: number): number => top * opacity + below * (1 - opacity);
  return { r: mix(painted.r, backdrop.r), g: mix(painted.g, backdrop.g), b: mix(painted.b, backdrop.b), a: 1 };
}

/**
 * What reaches the screen where the layers (outermost first) are painted on the canvas, with the text on top when
 * given. A group with `opacity` is its content painted on what is below, then mixed with what is below by the opacity
 * (equal to compositing the isolated group, for source-over painting).
 */
export function compositedColour(canvas: Rgba, layers: readonly PaintLayer[], text?: Rgba): Rgba {
  const paint = (index: number, backdrop: Rgba): Rgba => {
    const layer = layers[index];
    if (!layer) return text ? paintOver(text, backdrop) : backdrop;
    return fade(backdrop, paint(index + 1, paintOver(layer.background, backdrop)), layer.opacity);
  };
  return paint(0, paintOver(canvas, { r: 255, g: 255, b: 255, a: 1 }));
}

/** WCAG 2.x relative luminance of an opaque sRGB colour. */
export function relativeLuminance(colour: Rgba): number {
  const linear = (channel: number): number => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

/** WCAG 2.x contrast ratio (1 to 21) of two opaque colours. */
export function contrastRatio(first: Rgba, second: Rgba): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

export function rgbText(colour: Rgba): string {
  const channel = (value: number): number => Math.round(value);
  return `rgb(${channel(colour.r)}, ${channel(colour.g)}, ${channel(colour.b)})`;
}
