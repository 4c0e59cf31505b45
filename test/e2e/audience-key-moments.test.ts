import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import {
  accessibilityViolations,
  callApi as call,
  goToSection,
  openConsoleAndRoomScreens,
  pressOnConsole,
  screenshotPath,
  startServeProcess,
  timelineRow,
  useBrowserTestSession,
  type RoomScreen,
  expectSharedScreenLegible,
  SHARED_SCREEN_MIN_TEXT_PX,
} from '../harness/index.ts';

/** WCAG 2.1 SC 1.4.11: a symbol that carries meaning needs 3:1 against what is behind it. */
const MIN_SYMBOL_CONTRAST = 3;

const TITLE = 'Search results a day old after the nightly index rebuild stalled';
/** More events than the screen has room for, so the ones typed first are not on it until something brings them back. */
const EVENTS = [
  ['01:58', 'Nightly search index rebuild started', 'scheduler'],
  ['02:10', 'Rebuild stalled waiting on a lock held by the backup job', 'index-worker'],
  ['02:11', 'Stall alert sent to an archived channel', 'alerting'],
  ['03:30', 'Backup job finished and released the lock', 'backup'],
  ['03:31', 'Rebuild did not retry after the lock was released', 'index-worker'],
  ['06:05', 'First customer report of stale search results', 'support'],
  ['07:45', 'Support escalated to the search team', 'support'],
  ['07:52', 'On-call engineer confirmed the index was 30 hours old', 'on-call'],
  ['08:03', 'Incident declared, SEV3', 'on-call'],
  ['08:10', 'Rebuild restarted by hand', 'on-call'],
  ['09:40', 'Rebuild finished, results current again', 'index-worker'],
  ['09:55', 'Incident resolved', 'on-call'],
] as const;

/** The row of the event on the shared screen. */
const audienceRow = (page: Page, description: string) => page.getByTestId('audience-timeline').locator('.audience-event').filter({ hasText: description });
/** The descriptions the shared screen marks as key moments, top to bottom. */
const markedOnScreen = (page: Page) =>
  page.getByTestId('audience-timeline').locator('.audience-event[data-key-moment="true"] .audience-event__text > bdi').allTextContents();
const starButton = (page: Page, description: string) => timelineRow(page, description).getByRole('button', { name: `Key moment: ${description}` });

/** Legible as the rest of the screen (7:1, 28 px at 1080p, nothing cut), and the star itself at least 3:1 and as large. */
async function checkStars(screen: RoomScreen, stage: string, starred: number): Promise<void> {
  const texts = await expectSharedScreenLegible(screen, stage);
  const stars = texts.filter((text) => text.element.includes('audience-event__star'));
  expect(
    stars.map((star) => star.text),
    `${screen.name} ${stage}: stars`,
  ).toEqual(Array<string>(starred).fill('★'));
  for (const star of stars) {
    expect(star.contrast, `${screen.name} ${stage}: star contrast`).toBeGreaterThanOrEqual(MIN_SYMBOL_CONTRAST);
    if (screen.width === 1920) expect(star.fontSizePx, `${screen.name} ${stage}: star size`).toBeGreaterThanOrEqual(SHARED_SCREEN_MIN_TEXT_PX);
  }
}

describe('key moments on the shared screen (issue 17)', () => {
  const session = useBrowserTestSession();

  it('marks a starred event with a star and words for screen readers, live as the console stars and unstars', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await call<Meeting>(server, 'meetings.create', { title: TITLE, incidentId: 'INC-311', severity: 'SEV3', timeZone: 'UTC' });
    const events: TimelineEvent[] = [];
    for (const [time, description, actor] of EVENTS) {
      events.push(
        await call<TimelineEvent>(server, 'timeline.add', { meetingId: meeting.id, occurredAt: Date.parse(`2026-10-14T${time}:00Z`), description, actor }),
      );
    }
    const [first, stalled, , released] = events;
    if (!first || !stalled || !released) throw new Error('the timeline is too short');

    const { facilitator, screens } = await openConsoleAndRoomScreens(session.browser, server.url, meeting.id);
    const page = facilitator.page;

    await pressOnConsole(page, 'Space');
    await goToSection(page, 'Timeline walkthrough', 'PageDown');
    for (const screen of screens) {
      await expect.poll(() => screen.watched.page.getByTestId('audience-section-title').textContent()).toBe('Timeline walkthrough');
      await expect.poll(() => screen.watched.page.getByTestId('audience-timeline').locator('.audience-event').count()).toBeGreaterThan(0);
      expect(await markedOnScreen(screen.watched.page), screen.name).toEqual([]);
      // The screen shows the entries typed last; the rebuild's stall, typed early, is not among them.
      expect(await audienceRow(screen.watched.page, stalled.description).count(), screen.name).toBe(0);
    }

    // Starring the stall in the console brings it to every screen, the latest change, with its star.
    await starButton(page, stalled.description).click();
    for (const screen of screens) await expect.poll(() => markedOnScreen(screen.watched.page), { message: screen.name }).toEqual([stalled.description]);
    for (const screen of screens) {
      const row = audienceRow(screen.watched.page, stalled.description);
      expect(await row.locator('.audience-event__star').textContent()).toBe('★');
      expect(await row.locator('.audience-event__star').getAttribute('aria-hidden')).toBe('true');
      // A screen reader hears the words before the description.
      expect(await row.locator('.visually-hidden').textContent()).toBe('Key moment: ');
      await checkStars(screen, 'one star, no focus', 1);
    }

    // A second star through the API (as a note-taker's page or a script would) shows the same way.
    await call(server, 'timeline.update', { id: released.id, patch: { keyMoment: true } });
    for (const screen of screens)
      await expect.poll(() => markedOnScreen(screen.watched.page), { message: screen.name }).toEqual([stalled.description, released.description]);

    // J twice points the room at the stall: focused and still starred, its starred neighbour too.
    await pressOnConsole(page, 'j');
    await pressOnConsole(page, 'j');
    for (const screen of screens) {
      await expect
        .poll(() => screen.watched.page.getByTestId('audience-focused').locator('.audience-event__text > bdi').textContent())
        .toBe(stalled.description);
      expect(await screen.watched.page.getByTestId('audience-focused').getAttribute('data-key-moment')).toBe('true');
      await expect.poll(() => markedOnScreen(screen.watched.page), { message: screen.name }).toEqual([stalled.description, released.description]);
      await checkStars(screen, 'two stars, focus on one', 2);
    }
    for (const screen of [screens[0], screens.at(-1)]) {
      if (screen) await screen.watched.page.screenshot({ path: screenshotPath(`audience-key-moments-${screen.width}-${screen.theme}.png`) });
    }
    expect(await accessibilityViolations(screens[0]?.watched.page ?? page)).toEqual([]);
    expect(await accessibilityViolations(screens.at(-1)?.watched.page ?? page)).toEqual([]);

    // S on the console's row takes the star off; every screen drops the mark, and the focus stays.
    await timelineRow(page, stalled.description).focus();
    await page.keyboard.press('s');
    for (const screen of screens) {
      await expect.poll(() => markedOnScreen(screen.watched.page), { message: screen.name }).toEqual([released.description]);
      expect(await screen.watched.page.getByTestId('audience-focused').getAttribute('data-key-moment')).toBeNull();
      expect(await screen.watched.page.getByTestId('audience-focused').locator('.audience-event__key').count()).toBe(0);
    }
    // And the other by its button: no star left anywhere.
    await starButton(page, released.description).click();
    for (const screen of screens) {
      await expect.poll(() => markedOnScreen(screen.watched.page), { message: screen.name }).toEqual([]);
      expect(await screen.watched.page.locator('.audience-event__key').count()).toBe(0);
      await checkStars(screen, 'stars taken off', 0);
    }
    const stored = await call<TimelineEvent[]>(server, 'timeline.list', { meetingId: meeting.id });
    expect(stored.filter((event) => event.keyMoment)).toEqual([]);

    expect(await accessibilityViolations(screens[0]?.watched.page ?? page)).toEqual([]);
    expect(facilitator.problems).toEqual([]);
    for (const screen of screens) expect(screen.watched.problems, screen.name).toEqual([]);
  }, 120_000);
});
