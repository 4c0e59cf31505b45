import { describe, expect, it } from 'vitest';

/*
 * Vitest stubs stylesheets out of imports (even with ?raw), so the CSS is read from disk. This folder is typed for the
 * DOM, without Node's types, hence the one narrow declaration.
 */
declare const process: { getBuiltinModule(id: 'node:fs'): { readFileSync(path: URL, encoding: 'utf8'): string } };
const readStyle = (name: string) => process.getBuiltinModule('node:fs').readFileSync(new URL(`../../../src/renderer/styles/${name}`, import.meta.url), 'utf8');
const tokensCss = readStyle('tokens.css');
const audienceCss = readStyle('audience.css');

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Every `--name: #rrggbb;` declared in the stylesheet (the audience palettes are outside any media query). */
function tokens(css: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of css.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;/g)) {
    if (match[1] && match[2] && !found.has(match[1])) found.set(match[1], match[2].toLowerCase());
  }
  return found;
}

const TEXT_ROLES = ['text', 'muted', 'warning', 'overrun', 'accent', 'success'] as const;
const BACKGROUND_ROLES = ['bg', 'panel'] as const;
const declared = tokens(tokensCss);

describe('audience screen contrast', () => {
  it('matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const theme of ['dark', 'light'] as const) {
    it.each(TEXT_ROLES.flatMap((text) => BACKGROUND_ROLES.map((background) => [text, background] as const)))(
      `${theme}: %s on %s is at least 7:1`,
      (text, background) => {
        const foreground = declared.get(`--audience-${theme}-${text}`);
        const behind = declared.get(`--audience-${theme}-${background}`);
        expect(foreground, `--audience-${theme}-${text} in tokens.css`).toMatch(/^#[0-9a-f]{6}$/);
        expect(behind, `--audience-${theme}-${background} in tokens.css`).toMatch(/^#[0-9a-f]{6}$/);
        expect(contrastRatio(foreground ?? '', behind ?? '')).toBeGreaterThanOrEqual(7);
      },
    );

    it(`${theme}: the audience stylesheet takes every role from that palette`, () => {
      const block = new RegExp(`\\.audience\\[data-theme='${theme}'\\]\\s*\\{([^}]*)\\}`).exec(audienceCss)?.[1] ?? '';
      for (const role of [...TEXT_ROLES, ...BACKGROUND_ROLES]) {
        expect(block).toContain(`--a-${role}: var(--audience-${theme}-${role});`);
      }
    });
  }

  it('colours audience text only through the palette roles', () => {
    const colours = [...audienceCss.matchAll(/(?:^|[\s;{])(?:color|background)\s*:\s*([^;]+);/g)].map((match) => match[1]?.trim());
    for (const colour of colours) expect(colour).toMatch(/^var\(--a-(text|muted|warning|overrun|accent|success|bg|panel)\)$/);
  });
});
