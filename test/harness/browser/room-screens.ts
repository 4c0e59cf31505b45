import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { openWatchedPage, type WatchedPage } from './browser.ts';
import { clippedTexts, contrastFailures, readTexts, smallTexts, type MeasuredText } from './legibility.ts';

/** Issue 14's figures for the shared screen: no text under 28 px at 1920×1080; 7:1 contrast in both themes. */
export const SHARED_SCREEN_MIN_TEXT_PX = 28;
export const SHARED_SCREEN_MIN_CONTRAST = 7;

/** One shared screen the room looks at: its size and theme. */
export interface RoomScreen {
  name: string;
  width: number;
  height: number;
  theme: 'dark' | 'light';
  watched: WatchedPage;
}

type Theme = RoomScreen['theme'];

/** Both sizes the issue names, each in both themes. */
const EVERY_SCREEN: ReadonlyArray<readonly [width: number, height: number, theme: Theme]> = [
  [1920, 1080, 'dark'],
  [1920, 1080, 'light'],
  [1280, 720, 'dark'],
  [1280, 720, 'light'],
];

/**
 * The facilitator's console (1366×768) and the meeting's shared screen at each size and theme asked (by default
 * 1920×1080 and 1280×720, each dark and light), all in UTC. The console's clock is showing when it returns.
 */
export async function openConsoleAndRoomScreens(
  browser: Browser,
  serverUrl: string,
  meetingId: string,
  { consoleTheme = 'light', sizes = EVERY_SCREEN }: { consoleTheme?: Theme; sizes?: typeof EVERY_SCREEN } = {},
): Promise<{ facilitator: WatchedPage; screens: RoomScreen[] }> {
  const facilitator = await openWatchedPage(browser, `${serverUrl}#/meetings/${meetingId}`, {
    timezoneId: 'UTC',
    colorScheme: consoleTheme,
    viewport: { width: 1366, height: 768 },
  });
  await facilitator.page.getByTestId('clock-status').waitFor();
  const screens: RoomScreen[] = [];
  for (const [width, height, theme] of sizes) {
    const watched = await openWatchedPage(browser, `${serverUrl}#/meetings/${meetingId}/audience?theme=${theme}`, {
      timezoneId: 'UTC',
      viewport: { width, height },
    });
    screens.push({ name: `${width}×${height} ${theme}`, width, height, theme, watched });
  }
  return { facilitator, screens };
}

/**
 * What issue 14 asks of the shared screen at every stage: some text, all of it 7:1 in its theme, none under 28 px at
 * 1920×1080, nothing cut off. Returns the texts measured, for checks of a stage's own.
 */
export async function expectSharedScreenLegible(screen: RoomScreen, stage: string): Promise<MeasuredText[]> {
  const page = screen.watched.page;
  const texts = await readTexts(page, '[data-testid="audience"]');
  expect(texts.length, `${screen.name} ${stage}: some text is shown`).toBeGreaterThan(0);
  expect(contrastFailures(texts, SHARED_SCREEN_MIN_CONTRAST), `${screen.name} ${stage}: contrast`).toEqual([]);
  if (screen.width === 1920) expect(smallTexts(texts, SHARED_SCREEN_MIN_TEXT_PX), `${screen.name} ${stage}: text size`).toEqual([]);
  expect(await clippedTexts(page, '[data-testid="audience"]'), `${screen.name} ${stage}: clipped text`).toEqual([]);
  return texts;
}
