import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** The Debian Chromium on the build machines; playwright's own browser download is not available there. */
export const CHROMIUM_PATH = process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface WatchedPage {
  page: Page;
  /** Uncaught errors, console errors and CSP violations seen so far; a healthy run has none. */
  problems: string[];
}

/** A page in its own context (its own storage, like a separate window) that records anything that went wrong. */
export async function openWatchedPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { page, problems };
}
