/**
 * What the live benchmarks (bench:timeline, bench:join) share: where a page types a timeline event, when Enter was
 * pressed there, when a marker text shows up in another page's DOM, a nearest-rank percentile and the machine line.
 *
 * Both instants are read as performance.timeOrigin + performance.now(), a high-resolution wall clock every page of
 * the browser shares, so a time taken on one page can be subtracted from one taken on another.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, killAllChildren, REPO_ROOT, type ServeProcess, startServeProcess, makeTempDir } from '../test/harness/index.ts';

/** The little of a browser window the page-side callbacks use (these files are typed for Node; there globalThis is the window). */
interface PageWindow {
  document: { body: unknown; querySelector(selector: string): { textContent: string | null } | null };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
  addEventListener(type: 'keydown', listener: (event: { key: string }) => void, options: { capture: boolean }): void;
  benchEnterAt?: number;
}

/** The built renderer the server serves, or null (with nothing to measure) when `npm run build` has not run. */
export function builtRendererDir(): string | null {
  const staticDir = path.join(REPO_ROOT, 'out', 'renderer');
  return fs.existsSync(path.join(staticDir, 'index.html')) ? staticDir : null;
}

/** Makes the page remember when Enter went down, before the app's own handlers see the key. */
export async function timeEnterKey(page: Page): Promise<void> {
  await page.evaluate(() => {
    const page = globalThis as unknown as PageWindow;
    page.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter') page.benchEnterAt = performance.timeOrigin + performance.now();
      },
      { capture: true },
    );
  });
}

/** When Enter last went down on a page timeEnterKey was called on (NaN if it has not). */
export function lastEnterAt(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as PageWindow).benchEnterAt ?? Number.NaN);
}

/**
 * Resolves with the instant `marker` is in the page's DOM (a MutationObserver), or in the element `within` selects;
 * rejects after 10 s, naming `where`.
 */
export function whenVisible(page: Page, marker: string, where: string, within = 'body'): Promise<number> {
  return page.evaluate(
    ([text, place, selector]) =>
      new Promise<number>((resolve, reject) => {
        const page = globalThis as unknown as PageWindow;
        const now = () => performance.timeOrigin + performance.now();
        const check = () => page.document.querySelector(selector)?.textContent?.includes(text) ?? false;
        if (check()) {
          resolve(now());
          return;
        }
        const observer = new page.MutationObserver(() => {
          if (!check()) return;
          observer.disconnect();
          resolve(now());
        });
        observer.observe(page.document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`"${text}" did not appear on ${place} within 10 s`));
        }, 10_000);
      }),
    [marker, where, within] as const,
  );
}

/** Where a person types an event: the Description field of the quick-entry form, or its one line when it has no such field. */
export async function entryField(page: Page): Promise<Locator> {
  const form = page.getByRole('form', { name: 'Add a timeline event' });
  const description = form.getByLabel('Description', { exact: true });
  return (await description.count()) > 0 ? description : form.getByRole('textbox').first();
}

export { percentile } from '../test/harness/index.ts';

export function machineLine(browser: Browser): string {
  return `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.platform()} ${os.release()}, Chromium ${browser.version()}`;
}

/**
 * The frame of a live benchmark: a fresh database seeded by `seed`, a real server on 127.0.0.1 serving the built app,
 * Chromium, and everything removed afterwards. A benchmark that cannot run says why, but never fails the build.
 */
export async function runLiveBench<T>(
  name: string,
  seed: (databaseFile: string) => Promise<T>,
  measure: (browser: Browser, server: ServeProcess, seeded: T) => Promise<void>,
): Promise<void> {
  const staticDir = builtRendererDir();
  if (!staticDir) {
    console.log(`${name} needs the built renderer: run \`npm run build\` first.`);
    return;
  }
  const temp = makeTempDir(`debrief-${name.replace(/\W+/g, '-')}-`);
  let browser: Browser | undefined;
  try {
    const file = temp.file('bench.sqlite');
    const seeded = await seed(file);
    const server = await startServeProcess(['--port', '0', '--db', file, '--static', staticDir]);
    browser = await launchChromium();
    await measure(browser, server, seeded);
  } catch (error) {
    console.error(`${name} could not run:`, error);
  } finally {
    await browser?.close();
    await killAllChildren();
    temp.remove();
  }
}
