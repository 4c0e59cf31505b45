import type { Browser } from 'playwright-core';
import { openWatchedPage, type WatchedPage } from './browser.ts';

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
