import type { Browser, Page } from 'playwright-core';
import type { JoinStatus } from '../../../src/shared/joining/joining.ts';
import { freePort } from '../free-port.ts';
import { callAs, expectPageProblems, openWatchedPage, type WatchedPage } from './browser.ts';

/** Lets note-takers join `meetingId` on 127.0.0.1 from the facilitator's page; resolves with the address and code once on. */
export async function letNoteTakersJoin(page: Page, meetingId: string): Promise<{ url: string; code: string }> {
  const joining = async () => (await callAs(page, 'joining.get', { meetingId })).body.result as JoinStatus;
  const asked = await callAs(page, 'joining.enable', { meetingId, address: '127.0.0.1', port: await freePort() });
  if (asked.status !== 200) throw new Error(`joining.enable answered ${asked.status}: ${JSON.stringify(asked.body)}`);
  const deadline = Date.now() + 10_000;
  let status = await joining();
  while (status.state === 'starting' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = await joining();
  }
  if (status.state !== 'on' || !status.url || !status.code) throw new Error(`joining did not start: ${status.state} ${status.problem ?? ''}`);
  return { url: status.url, code: status.code };
}

/**
 * A note-taker's laptop: a browser of its own that opens the join address and pairs as `name`; resolves once the
 * note-taker's page shows. `beforePairing` runs on the pairing page (to route its sockets, say).
 */
export async function pairNoteTakerPage(
  browser: Browser,
  join: { url: string; code: string },
  name: string,
  beforePairing: (page: Page) => Promise<void> = async () => undefined,
): Promise<WatchedPage> {
  const laptop = await openWatchedPage(browser, join.url, { timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
  // Before pairing, the page's session check is answered 401.
  expectPageProblems(laptop, /^console: Failed to load resource: the server responded with a status of 401/);
  const page = laptop.page;
  await beforePairing(page);
  await page.getByRole('heading', { name: 'Join the review' }).waitFor();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Code from the facilitator’s screen').fill(join.code);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByTestId('note-taker-name').filter({ hasText: name }).waitFor();
  return laptop;
}

export interface LossyLink {
  /** How many live connections the page has opened since the link was put in. */
  socketsOpened(): number;
  /** From now on, the page's messages that `lose` picks never reach the server; answers and closes still come back. */
  lose(which: (message: string) => boolean): void;
}

/** Puts a link the test controls between the page's live connections and the server. */
export async function lossyLink(page: Page): Promise<LossyLink> {
  let opened = 0;
  let lost: (message: string) => boolean = () => false;
  await page.routeWebSocket(/\/api\/ws/, (socket) => {
    opened += 1;
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      if (!lost(String(message))) server.send(message);
    });
  });
  return {
    socketsOpened: () => opened,
    lose: (which) => {
      lost = which;
    },
  };
}
