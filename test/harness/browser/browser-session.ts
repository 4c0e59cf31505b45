import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { killAllChildren, REPO_ROOT } from '../serve-process.ts';
import { makeTempDir } from '../temp-dir.ts';
import { launchChromium, takeUnexpectedPageProblems } from './browser.ts';

/** The README's screenshots are refreshed only on request (DEBRIEF_UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean. */
export const SCREENSHOT_DIR = process.env.DEBRIEF_UPDATE_SCREENSHOTS
  ? path.join(REPO_ROOT, 'docs', 'screenshots')
  : path.join(REPO_ROOT, 'test-results', 'screenshots');

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, name);
}

export interface BrowserTestSession {
  readonly browser: Browser;
  /** A temp folder for this test, removed after it together with every server process the test started. */
  newTempDir(): ReturnType<typeof makeTempDir>;
}

/** Registers the hooks every browser test file needs: one Chromium per file, cleanup after each test. */
export function useBrowserTestSession(): BrowserTestSession {
  let browser: Browser | undefined;
  const temps: Array<ReturnType<typeof makeTempDir>> = [];

  beforeAll(async () => {
    if (!fs.existsSync(path.join(REPO_ROOT, 'out', 'renderer', 'index.html'))) {
      throw new Error('out/renderer is missing: run `npm run build` (or `npx electron-vite build`) before the e2e tests');
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    // Read before the servers are killed: a page losing its server during cleanup is not the test's fault.
    const unexpected = takeUnexpectedPageProblems();
    await killAllChildren();
    for (const temp of temps.splice(0)) temp.remove();
    if (unexpected.length > 0) throw new Error(`the pages raised errors the test did not expect:\n${unexpected.join('\n')}`);
  });

  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet');
      return browser;
    },
    newTempDir() {
      const temp = makeTempDir('debrief-e2e-');
      temps.push(temp);
      return temp;
    },
  };
}
