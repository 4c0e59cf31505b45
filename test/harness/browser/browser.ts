import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** The Debian Chromium on the build machines; playwright's own browser download is not available there. */
export const CHROMIUM_PATH = process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium';

/** Loads playwright-core only here, so a test that imports the harness without a browser does not pay for it. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
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

/** Pages opened since the browser session last checked them, with the problems each test said it expects. */
const unchecked = new Map<WatchedPage, RegExp[]>();

/**
 * Says a problem matching `expected` is part of what this test does (a 401 it provokes, a server it kills), so the
 * check after the test lets it pass. Every other problem on any watched page fails the test.
 */
export function expectPageProblems(watched: WatchedPage, expected: RegExp): void {
  unchecked.get(watched)?.push(expected);
}

/** The problems not expected on every page opened since the last call, one line each; forgets those pages. */
export function takeUnexpectedPageProblems(): string[] {
  const found = [...unchecked].flatMap(([watched, expected]) =>
    watched.problems.filter((problem) => !expected.some((pattern) => pattern.test(problem))).map((problem) => `${watched.page.url()}: ${problem}`),
  );
  unchecked.clear();
  return found;
}

/**
 * A page in its own context (its own storage, like a separate window) that records anything that went wrong. The
 * browser session fails the test after it if any of that was not expected (see expectPageProblems).
 */
export async function openWatchedPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const watched = { page, problems };
  unchecked.set(watched, []);
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return watched;
}

/** A call through the app's own HTTP API from a page, with that page's cookie; returns the HTTP status and the body. */
export async function callAs(page: Page, method: string, input: unknown): Promise<{ status: number; body: { ok: boolean; result?: unknown } }> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/call/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as { ok: boolean; result?: unknown } };
    },
    [method, input] as const,
  );
}
