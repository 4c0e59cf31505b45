import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Page actions and reads in the words a user would use, so the test reads as the flow it checks. */

/** Creates a meeting from the library's form; the app then opens its console. */
export async function createMeeting(page: Page, meeting: { title: string; incidentId: string; severity?: string }): Promise<void> {
  const form = page.getByRole('form', { name: 'New meeting' });
  await form.getByLabel('Title').fill(meeting.title);
  await form.getByLabel('Incident ID').fill(meeting.incidentId);
  if (meeting.severity) await form.getByLabel('Severity').selectOption(meeting.severity);
  await form.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('heading', { level: 1, name: meeting.title }).waitFor();
  // The clock's status shows once the agenda is loaded: from then on the console's keys apply.
  await page.getByTestId('clock-status').waitFor();
}

/** Creates a meeting from the library, which opens its console, and returns its id (from the address). */
export async function createAndOpenMeeting(page: Page, meeting: { title: string; incidentId: string; severity?: string }): Promise<string> {
  await createMeeting(page, meeting);
  return decodeURIComponent(/#\/meetings\/([^/?]+)/.exec(page.url())?.[1] ?? '');
}

/** Takes the focus off whatever has it, as clicking the page's background does: the console's keys then apply. */
export async function focusNothing(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as PageWindow).document.activeElement?.blur?.());
}

/** Presses a console key with nothing focused, as a presenter clicker does (Page Down, Page Up). */
export async function pressOnConsole(page: Page, key: string): Promise<void> {
  await focusNothing(page);
  await page.keyboard.press(key);
}

/** Opens the console's Prepare drawer (agenda, templates, facts, joining) and returns it. */
export async function openPrepare(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Prepare…' }).first().click();
  const drawer = page.getByRole('dialog', { name: 'Prepare' });
  await drawer.waitFor();
  return drawer;
}

/** Closes the Prepare drawer with Escape, as the facilitator would. */
export async function closePrepare(page: Page): Promise<void> {
  const drawer = page.getByRole('dialog', { name: 'Prepare' });
  await drawer.getByRole('button', { name: /^Close/ }).click();
  await drawer.waitFor({ state: 'hidden' });
}

export function quickAddForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Add a timeline event' });
}

export function editForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Edit timeline event' });
}

/** Types an event the keyboard way: time, actor, then the description and Enter. */
export async function addEvent(page: Page, event: { time: string; description: string; actor: string }): Promise<void> {
  const form = quickAddForm(page);
  await form.getByLabel('Time').fill(event.time);
  await form.getByLabel('Actor').fill(event.actor);
  const description = form.getByLabel('Description');
  await description.fill(event.description);
  await description.press('Enter');
}

export function timelineRows(page: Page): Locator {
  return page.getByRole('list', { name: 'Timeline, in time order' }).getByRole('listitem');
}

export function timelineRow(page: Page, description: string): Locator {
  return timelineRows(page).filter({ hasText: description });
}

export interface ShownEvent {
  time: string;
  description: string;
  actor: string;
  status: string;
}

/** The timeline as shown, top to bottom. */
export async function shownTimeline(page: Page): Promise<ShownEvent[]> {
  return timelineRows(page).evaluateAll((rows) =>
    rows.map((row) => ({
      time: row.querySelector('.timeline-row__time')?.textContent ?? '',
      description: row.querySelector('.timeline-row__description')?.textContent ?? '',
      actor: row.querySelector('.timeline-row__actor')?.textContent ?? '',
      status: row.getAttribute('data-status') ?? '',
    })),
  );
}

/** Waits until no row is saving any more. */
export async function waitUntilAllSaved(page: Page): Promise<void> {
  await page.locator('.timeline-row[data-status="saving"]').first().waitFor({ state: 'detached' });
}

/** Reads and waits on the facilitator console and the audience screen, in the words a facilitator would use. */

/**
 * The little of a browser window the page-side callbacks below use. These files are typed for Node (no DOM library);
 * the callbacks run in the page, where globalThis is the window.
 */
interface PageElement {
  textContent: string | null;
  remove(): void;
  appendChild(child: PageElement): void;
  style: { color: string };
}
interface PageWindow {
  document: {
    body: PageElement;
    activeElement: { blur?(): void } | null;
    querySelector(selector: string): PageElement | null;
    createElement(tag: string): PageElement;
  };
  getComputedStyle(element: unknown): { color: string; fontSize: string };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
  addEventListener(type: 'keydown', listener: (event: { key: string }) => void, capture: boolean): void;
  removeEventListener(type: 'keydown', listener: (event: { key: string }) => void, capture: boolean): void;
  __titleSeenAt?: number;
  __keyDownAt?: number;
}

export const consoleClock = (page: Page): Locator => page.getByTestId('console-clock');
export const audienceClock = (page: Page): Locator => page.getByTestId('audience-clock');
export const consoleSectionTitle = (page: Page): Locator => page.getByTestId('current-section-title');
export const audienceSectionTitle = (page: Page): Locator => page.getByTestId('audience-section-title');

/** "12:05" -> 725, "+0:42" -> -42 (over), "1:02:03" -> 3723. */
export function secondsShown(text: string): number {
  const over = text.trim().startsWith('+');
  const parts = text
    .replace(/[^\d:]/g, '')
    .split(':')
    .map(Number);
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  return over ? -seconds : seconds;
}

export async function clockSeconds(clock: Locator): Promise<number> {
  const time = await clock.locator('[class$="__time"]').textContent();
  return secondsShown(time ?? '');
}

export async function clockLevel(clock: Locator): Promise<string | null> {
  return clock.getAttribute('data-level');
}

/** The computed colour of the clock's digits, to check that "overrun" really is shown in the overrun colour. */
export async function clockColour(clock: Locator): Promise<string> {
  return clock.locator('[class$="__time"]').evaluate((element) => (globalThis as unknown as PageWindow).getComputedStyle(element).color);
}

/** Resolves a CSS colour expression (a token) the way the page would paint it. */
export async function paintedColour(page: Page, expression: string, inside = 'body'): Promise<string> {
  return page.evaluate(
    ([css, selector]) => {
      const page = globalThis as unknown as PageWindow;
      const probe = page.document.createElement('span');
      probe.style.color = css;
      (page.document.querySelector(selector) ?? page.document.body).appendChild(probe);
      const colour = page.getComputedStyle(probe).color;
      probe.remove();
      return colour;
    },
    [expression, inside] as const,
  );
}

/**
 * Starts recording, in the audience page, the wall-clock time at which its section title first reads `title`
 * (a MutationObserver, so the moment the DOM changes, not the next poll). Read it with `titleSeenAt`.
 */
export async function watchForTitle(page: Page, title: string): Promise<void> {
  await page.evaluate((wanted) => {
    const state = globalThis as unknown as PageWindow;
    delete state.__titleSeenAt;
    const check = () => {
      const shown = state.document.querySelector('[data-testid="audience-section-title"]')?.textContent;
      if (shown === wanted && state.__titleSeenAt === undefined) {
        state.__titleSeenAt = Date.now();
        observer.disconnect();
      }
    };
    const observer = new state.MutationObserver(check);
    observer.observe(state.document.body, { subtree: true, childList: true, characterData: true });
  }, title);
}

export async function titleSeenAt(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (globalThis as unknown as PageWindow).__titleSeenAt);
}

/** Records, in the console page, when the next key of that name went down (capture phase, before any handler). */
export async function watchForKey(page: Page, key: string): Promise<void> {
  await page.evaluate((wanted) => {
    const state = globalThis as unknown as PageWindow;
    delete state.__keyDownAt;
    const onKey = (event: { key: string }) => {
      if (event.key !== wanted) return;
      state.__keyDownAt = Date.now();
      state.removeEventListener('keydown', onKey, true);
    };
    state.addEventListener('keydown', onKey, true);
  }, key);
}

export async function keyDownAt(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (globalThis as unknown as PageWindow).__keyDownAt);
}

/** The rendered font size in px of the first element matching the selector. */
export async function fontSizePx(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => Number.parseFloat((globalThis as unknown as PageWindow).getComputedStyle(element).fontSize));
}

/** Moves the running meeting section by section (Page Down / Page Up, nothing focused) until `title` is the current one. */
export async function goToSection(page: Page, title: string, key: 'PageDown' | 'PageUp'): Promise<void> {
  for (let step = 0; step < 6 && (await consoleSectionTitle(page).textContent()) !== title; step += 1) {
    await pressOnConsole(page, key);
    await page.waitForTimeout(150);
  }
  await expect.poll(() => consoleSectionTitle(page).textContent(), { timeout: 10_000 }).toBe(title);
}
