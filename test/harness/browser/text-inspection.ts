import type { Page } from 'playwright-core';

/**
 * What the page says about each text it shows: the page side of legibility.ts. The function below runs in the page
 * (page.evaluate sends its source), so it is self-contained and typed against the little of the DOM it uses: these
 * files are typed for Node, without the DOM library.
 */

export interface InspectedText {
  /** The element's own text (its text-node children), whitespace collapsed, first 60 characters. */
  text: string;
  /** tag#id.class[data-testid="…"], enough to find it in a failure message. */
  element: string;
  fontSizePx: number;
  /** Computed `-webkit-text-fill-color` (what text is painted with; `color` unless overridden), as rgb()/rgba(). */
  colour: string;
  /** The colour the page shows where nothing is painted (the `Canvas` system colour of the root's colour scheme). */
  canvas: string;
  /** From <html> down to the element itself: each box's background colour and `opacity`. */
  layers: Array<{ background: string; opacity: number }>;
  /** A box under the text paints a background image or gradient, which the colours above do not include. */
  backgroundImage: boolean;
  rect: { x: number; y: number; width: number; height: number };
  /** Why part of the text cannot be seen (cut by its own or an ancestor's overflow, or outside the window); empty if whole. */
  cuts: string[];
}

interface PageRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}
interface PageNode {
  nodeType: number;
  textContent: string | null;
}
interface PageElement extends PageNode {
  tagName: string;
  id: string;
  childNodes: ArrayLike<PageNode>;
  parentElement: PageElement | null;
  clientLeft: number;
  clientTop: number;
  clientWidth: number;
  clientHeight: number;
  scrollWidth: number;
  scrollHeight: number;
  style: { color: string; display: string };
  getAttribute(name: string): string | null;
  getBoundingClientRect(): PageRect;
  checkVisibility(options: Record<string, boolean>): boolean;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  appendChild(child: PageElement): void;
  remove(): void;
}
interface PageCanvas extends PageElement {
  width: number;
  height: number;
  getContext(
    kind: '2d',
    options: Record<string, boolean>,
  ): {
    fillStyle: string;
    clearRect(x: number, y: number, width: number, height: number): void;
    fillRect(x: number, y: number, width: number, height: number): void;
    getImageData(x: number, y: number, width: number, height: number): { data: ArrayLike<number> };
  } | null;
}
interface PageWindow {
  document: {
    documentElement: PageElement;
    body: PageElement | null;
    querySelector(selector: string): PageElement | null;
    createElement(tag: string): PageElement;
    createRange(): { setStart(node: PageNode, offset: number): void; setEnd(node: PageNode, offset: number): void; getClientRects(): ArrayLike<PageRect> };
  };
  getComputedStyle(element: PageElement): { getPropertyValue(name: string): string };
}

/** Every rendered element under (and including) the root that has text of its own, as the page shows it. */
export async function inspectTexts(page: Page, rootSelector: string): Promise<InspectedText[]> {
  return page.evaluate(inspectInPage, rootSelector);
}

function inspectInPage(rootSelector: string): InspectedText[] {
  const window = globalThis as unknown as PageWindow;
  const document = window.document;
  const root = document.querySelector(rootSelector);
  if (!root) throw new Error(`no element matches ${rootSelector}`);
  const css = (element: PageElement, property: string): string => window.getComputedStyle(element).getPropertyValue(property);

  // Colours that are not sRGB (oklch(), color(display-p3 …)) are read back through a canvas as 8-bit sRGB.
  const canvas = document.createElement('canvas') as PageCanvas;
  canvas.width = 1;
  canvas.height = 1;
  const pen = canvas.getContext('2d', { willReadFrequently: true });
  const asRgb = (colour: string): string => {
    if (/^rgba?\(/.test(colour) || !pen) return colour;
    pen.clearRect(0, 0, 1, 1);
    pen.fillStyle = colour;
    pen.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = Array.from(pen.getImageData(0, 0, 1, 1).data);
    return `rgba(${r}, ${g}, ${b}, ${a / 255})`;
  };
  const probe = document.createElement('div');
  probe.style.display = 'none';
  probe.style.color = 'Canvas';
  document.documentElement.appendChild(probe);
  const canvasColour = asRgb(css(probe, 'color'));
  probe.remove();

  const describe = (element: PageElement): string => {
    const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    const testId = element.getAttribute('data-testid');
    return (
      element.tagName.toLowerCase() +
      (element.id ? `#${element.id}` : '') +
      classes.map((name) => `.${name}`).join('') +
      (testId ? `[data-testid="${testId}"]` : '')
    );
  };
  const ancestorsAndSelf = (element: PageElement): PageElement[] => {
    const chain: PageElement[] = [];
    for (let at: PageElement | null = element; at; at = at.parentElement) chain.push(at);
    return chain;
  };
  const clipsContent = (element: PageElement): boolean =>
    css(element, 'overflow-x') !== 'visible' || css(element, 'overflow-y') !== 'visible' || css(element, 'clip-path') !== 'none';
  // The screen-reader-only pattern (.visually-hidden): a box of at most 1×1 px that clips what is in it.
  const visuallyHidden = (element: PageElement): boolean =>
    ancestorsAndSelf(element).some((at) => {
      const box = at.getBoundingClientRect();
      return box.width <= 1 && box.height <= 1 && clipsContent(at);
    });
  const ownTextNodes = (element: PageElement): PageNode[] =>
    Array.from(element.childNodes).filter((node) => node.nodeType === 3 && /\S/.test(node.textContent ?? ''));

  const viewport = { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: document.documentElement.clientHeight };
  type Box = typeof viewport;
  const paddingBox = (element: PageElement): Box => {
    const border = element.getBoundingClientRect();
    const left = border.left + element.clientLeft;
    const top = border.top + element.clientTop;
    return { left, top, right: left + element.clientWidth, bottom: top + element.clientHeight };
  };
  /** How far the text reaches past the box on each side that clips, e.g. "312 px below"; empty when it stays inside. */
  const reachBeyond = (rects: Box[], box: Box, axes: { x: boolean; y: boolean }): string => {
    const past = (amount: (rect: Box) => number): number => Math.max(0, ...rects.map(amount));
    const sides: Array<[boolean, number, string]> = [
      [axes.y, past((rect) => rect.bottom - box.bottom), 'below'],
      [axes.y, past((rect) => box.top - rect.top), 'above'],
      [axes.x, past((rect) => rect.right - box.right), 'right of'],
      [axes.x, past((rect) => box.left - rect.left), 'left of'],
    ];
    return sides
      .filter(([applies, amount]) => applies && amount > 1)
      .map(([, amount, side]) => `${Math.round(amount)} px ${side}`)
      .join(', ');
  };
  /** The parts of the rects inside the box on the axes it clips; a part cut away is not reported again further out. */
  const keepInside = (rects: Box[], box: Box, axes: { x: boolean; y: boolean }): Box[] =>
    rects
      .map((rect) => ({
        left: axes.x ? Math.max(rect.left, box.left) : rect.left,
        right: axes.x ? Math.min(rect.right, box.right) : rect.right,
        top: axes.y ? Math.max(rect.top, box.top) : rect.top,
        bottom: axes.y ? Math.min(rect.bottom, box.bottom) : rect.bottom,
      }))
      .filter((rect) => rect.right > rect.left && rect.bottom > rect.top);
  const formsContainingBlockForAll = (element: PageElement): boolean =>
    css(element, 'transform') !== 'none' ||
    css(element, 'filter') !== 'none' ||
    css(element, 'perspective') !== 'none' ||
    css(element, 'backdrop-filter') !== 'none' ||
    /paint|layout|strict|content/.test(css(element, 'contain'));
  // <body>'s overflow applies to the window, not to the body, while <html>'s is visible.
  const bodyClipsItself = css(document.documentElement, 'overflow-x') !== 'visible' || css(document.documentElement, 'overflow-y') !== 'visible';

  const cutsOf = (element: PageElement, nodes: PageNode[], fontSizePx: number): string[] => {
    // The text's own rectangles, trimmed to the em box: a font's ascent and descent reach past a tight line-height
    // (a clock at line-height 1) without any ink being cut.
    let rects: Box[] = nodes.flatMap((node) => {
      const text = node.textContent ?? '';
      const range = document.createRange();
      range.setStart(node, text.search(/\S/));
      range.setEnd(node, text.length - (/\s*$/.exec(text)?.[0].length ?? 0));
      return Array.from(range.getClientRects())
        .filter((rect) => rect.width > 0 && rect.height > 0)
        .map((rect) => {
          const inset = Math.max(0, (rect.height - fontSizePx) / 2);
          return { left: rect.left, right: rect.right, top: rect.top + inset, bottom: rect.bottom - inset };
        });
    });
    const cuts: string[] = [];
    const overflowX = css(element, 'overflow-x');
    const overflowY = css(element, 'overflow-y');
    const hasBox = element.clientWidth > 0 || element.clientHeight > 0;
    if (hasBox && overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
      const ellipsis = css(element, 'text-overflow') === 'ellipsis' ? ', text-overflow: ellipsis' : '';
      cuts.push(`cut at the side: ${element.scrollWidth} px of content in ${element.clientWidth} px (overflow-x: ${overflowX}${ellipsis})`);
    }
    if (hasBox && overflowY !== 'visible' && element.scrollHeight > element.clientHeight + 1) {
      const clamp = css(element, '-webkit-line-clamp');
      cuts.push(
        `cut at the foot: ${element.scrollHeight} px of content in ${element.clientHeight} px (overflow-y: ${overflowY}${clamp === 'none' ? '' : `, -webkit-line-clamp: ${clamp}`})`,
      );
    }
    if (hasBox) {
      const ownBox = paddingBox(element);
      const beyond = reachBeyond(rects, ownBox, { x: true, y: true });
      if (beyond && cuts.length === 0) cuts.push(`${overflowX === 'visible' && overflowY === 'visible' ? 'spills out of' : 'cut by'} its own box: ${beyond}`);
      rects = keepInside(rects, ownBox, { x: overflowX !== 'visible', y: overflowY !== 'visible' });
    }
    // Overflow clips what the box contains, and an absolutely positioned or fixed element is contained by its
    // containing block, not by the boxes between.
    const position = css(element, 'position');
    let escaping: string | null = position === 'absolute' || position === 'fixed' ? position : null;
    for (let at = element.parentElement; at && at !== document.documentElement; at = at.parentElement) {
      const atPosition = css(at, 'position');
      const contains = escaping === null || (escaping === 'absolute' && atPosition !== 'static') || formsContainingBlockForAll(at);
      if (!contains) continue;
      escaping = atPosition === 'absolute' || atPosition === 'fixed' ? atPosition : null;
      if (at === document.body && !bodyClipsItself) continue;
      const axes = { x: css(at, 'overflow-x') !== 'visible', y: css(at, 'overflow-y') !== 'visible' };
      if (!axes.x && !axes.y) continue;
      const beyond = reachBeyond(rects, paddingBox(at), axes);
      if (beyond) cuts.push(`cut by ${describe(at)} (overflow ${css(at, 'overflow-x')} ${css(at, 'overflow-y')}): its text reaches ${beyond} that box`);
      rects = keepInside(rects, paddingBox(at), axes);
    }
    const offScreen = reachBeyond(rects, viewport, { x: true, y: true });
    if (offScreen) cuts.push(`outside the window (${viewport.right}×${viewport.bottom}): ${offScreen} it`);
    return cuts;
  };

  return [root, ...Array.from(root.querySelectorAll('*'))].flatMap((element): InspectedText[] => {
    const nodes = ownTextNodes(element);
    if (nodes.length === 0) return [];
    const box = element.getBoundingClientRect();
    const rendered =
      element.checkVisibility({ visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true }) && box.width > 0 && box.height > 0;
    if (!rendered || visuallyHidden(element)) return [];
    const fontSizePx = Number.parseFloat(css(element, 'font-size'));
    const chain = ancestorsAndSelf(element).reverse();
    return [
      {
        text: nodes
          .map((node) => node.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 60),
        element: describe(element),
        fontSizePx,
        colour: asRgb(css(element, '-webkit-text-fill-color')),
        canvas: canvasColour,
        layers: chain.map((at) => ({ background: asRgb(css(at, 'background-color')), opacity: Number.parseFloat(css(at, 'opacity')) })),
        backgroundImage: chain.some((at) => css(at, 'background-image') !== 'none'),
        rect: { x: box.left, y: box.top, width: box.width, height: box.height },
        cuts: cutsOf(element, nodes, fontSizePx),
      },
    ];
  });
}
