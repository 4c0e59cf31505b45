import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clippedTexts, contrastFailures, openWatchedPage, readTexts, smallTexts, useBrowserTestSession, type MeasuredText } from '../harness/index.ts';

/**
 * The legibility measurements must be able to fail: hand-written pages whose expected results follow from the
 * definitions (WCAG 2.x contrast, computed font size, overflow and the window's edges), not from the harness.
 */
describe('legibility harness (readTexts, contrastFailures, smallTexts, clippedTexts)', () => {
  const session = useBrowserTestSession();

  async function pageWith(body: string, viewport = { width: 1280, height: 720 }): Promise<Page> {
    const { page } = await openWatchedPage(session.browser, 'about:blank', { viewport });
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>case</title></head><body style="margin: 0; font: 20px/1.3 sans-serif">${body}</body></html>`,
    );
    return page;
  }

  const byText = (texts: readonly MeasuredText[], text: string): MeasuredText => {
    const found = texts.find((candidate) => candidate.text === text);
    if (!found) throw new Error(`no measured text "${text}" among ${texts.map((candidate) => candidate.text).join(' | ')}`);
    return found;
  };

  it('measures contrast against what is really behind the text, alpha and opacity included, and flags below 7:1', async () => {
    const page = await pageWith(`
      <main id="root" style="background: #ffffff">
        <p style="color: #777777">Grey 777 on white</p>
        <p style="color: #595959">Grey 595959 on white</p>
        <div style="background: rgba(0, 0, 0, 0.5)"><p style="color: #ffffff">White on half-black over white</p></div>
        <div style="background: rgba(0, 0, 0, 0.8)"><p style="color: #ffffff">White on 80% black over white</p></div>
        <div style="opacity: 0.5"><p style="color: #000000">Black in a half-opaque group</p></div>
        <section data-theme="dark" style="background: #0b0f16">
          <p style="color: #f4f6fa">Light on the dark theme</p>
          <p style="color: #555555">Grey 555 on the dark theme</p>
        </section>
        <p style="display: none">Not displayed</p>
        <p style="visibility: hidden">Invisible</p>
        <span style="position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap">For screen readers only</span>
      </main>`);
    const texts = await readTexts(page, '#root');

    expect(texts.map((text) => text.text)).toEqual([
      'Grey 777 on white',
      'Grey 595959 on white',
      'White on half-black over white',
      'White on 80% black over white',
      'Black in a half-opaque group',
      'Light on the dark theme',
      'Grey 555 on the dark theme',
    ]);
    // Worked out by hand with the WCAG 2.x relative luminance: L(#777) = 0.1844, L(#595959) = 0.0999; 50% black over
    // white is rgb(127.5 …) with L = 0.2140, 80% black is rgb(51 …) with L = 0.0331; L(#555) = 0.0908, L(#0b0f16) = 0.0047.
    expect(byText(texts, 'Grey 777 on white').contrast).toBeCloseTo(4.48, 2);
    expect(byText(texts, 'Grey 595959 on white').contrast).toBeGreaterThanOrEqual(7);
    expect(byText(texts, 'Grey 595959 on white').contrast).toBeLessThan(7.01);
    expect(byText(texts, 'White on half-black over white')).toMatchObject({ color: 'rgb(255, 255, 255)', background: 'rgb(128, 128, 128)' });
    expect(byText(texts, 'White on half-black over white').contrast).toBeCloseTo(3.98, 2);
    expect(byText(texts, 'White on 80% black over white')).toMatchObject({ background: 'rgb(51, 51, 51)' });
    expect(byText(texts, 'White on 80% black over white').contrast).toBeCloseTo(12.63, 1);
    expect(byText(texts, 'Black in a half-opaque group')).toMatchObject({ color: 'rgb(128, 128, 128)', background: 'rgb(255, 255, 255)' });
    expect(byText(texts, 'Black in a half-opaque group').contrast).toBeCloseTo(3.98, 2);
    expect(byText(texts, 'Light on the dark theme')).toMatchObject({ background: 'rgb(11, 15, 22)' });
    expect(byText(texts, 'Grey 555 on the dark theme').contrast).toBeCloseTo(2.57, 2);

    const failures = contrastFailures(texts, 7);
    expect(failures.map((line) => /"([^"]+)"/.exec(line)?.[1])).toEqual([
      'Grey 777 on white',
      'White on half-black over white',
      'Black in a half-opaque group',
      'Grey 555 on the dark theme',
    ]);
    expect(failures[0]).toBe('p "Grey 777 on white": contrast 4.48:1 (rgb(119, 119, 119) on rgb(255, 255, 255)), needs 7:1');
  });

  it('flags text smaller than the minimum size and passes text at or above it', async () => {
    const page = await pageWith(`
      <div id="root">
        <p class="note" style="font-size: 20px">Twenty pixels</p>
        <p style="font-size: 28px">Twenty-eight pixels <em style="font-size: 0.5em">and a half-size aside</em></p>
        <div data-testid="clock" style="font-size: 96px">12:05</div>
      </div>`);
    const texts = await readTexts(page, '#root');

    expect(texts.map((text) => [text.text, text.fontSizePx])).toEqual([
      ['Twenty pixels', 20],
      ['Twenty-eight pixels', 28],
      ['and a half-size aside', 14],
      ['12:05', 96],
    ]);
    expect(smallTexts(texts, 28)).toEqual(['p.note "Twenty pixels": 20 px, needs at least 28 px', 'em "and a half-size aside": 14 px, needs at least 28 px']);
    expect(
      smallTexts(
        texts.filter((text) => text.element === 'div[data-testid="clock"]'),
        96,
      ),
    ).toEqual([]);
    expect(
      smallTexts(
        texts.filter((text) => text.element === 'div[data-testid="clock"]'),
        97,
      ),
    ).toHaveLength(1);
  });

  it('flags line-clamped, ellipsised, overflowing, cut-off and off-screen text at 1280×720, and not text that wraps or fits', async () => {
    const long = 'was recorded while the primary database was being re-seeded, and every word of it matters to the people in the room';
    const page = await pageWith(`
      <main id="root" style="position: fixed; inset: 0; overflow: hidden">
        <p style="width: 300px; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden">Clamped: ${long}</p>
        <p style="width: 300px; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden"><bdi>Isolated and clamped: ${long}</bdi></p>
        <span style="display: inline-block; max-width: 200px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">Ellipsis: ${long}</span>
        <p style="width: 120px; height: 26px">Spills: ${long}</p>
        <p style="width: 300px; margin-top: 80px">Wraps: ${long}</p>
        <div style="height: 96px; overflow: hidden"><div style="font-size: 96px; line-height: 1">12:05</div></div>
        <div style="height: 10px; overflow: hidden"><span style="position: absolute; top: 400px; left: 600px">Positioned: escapes a static parent that clips</span></div>
        <div style="position: fixed; left: 0; top: 710px">Fixed: past the foot of the window, outside any box that clips</div>
        <div style="margin-top: 2000px">Pushed: below the window</div>
      </main>`);
    const clipped = await clippedTexts(page, '#root');
    const linesAbout = (label: string): string[] => clipped.filter((line) => line.includes(`"${label}`));

    expect(linesAbout('Clamped:').join('\n')).toContain('-webkit-line-clamp: 2');
    expect(linesAbout('Isolated and clamped:').join('\n')).toContain('cut by p');
    expect(linesAbout('Ellipsis:').join('\n')).toContain('text-overflow: ellipsis');
    expect(linesAbout('Spills:').join('\n')).toContain('spills out of its own box');
    // Each part of a text is reported once, by the innermost box that cuts it.
    expect(linesAbout('Pushed:')).toEqual([expect.stringContaining('cut by main#root')]);
    expect(linesAbout('Fixed:')).toEqual([expect.stringContaining('outside the window (1280×720)')]);
    expect(linesAbout('Wraps:')).toEqual([]);
    expect(linesAbout('12:05')).toEqual([]);
    expect(linesAbout('Positioned:')).toEqual([]);
    const labels = new Set(clipped.map((line) => /"(\w+(?: and clamped)?):/.exec(line)?.[1]));
    expect([...labels].sort()).toEqual(['Clamped', 'Ellipsis', 'Fixed', 'Isolated and clamped', 'Pushed', 'Spills']);
  });
});
