import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  startServeProcess,
  openWatchedPage,
  useBrowserTestSession,
  consoleSectionTitle,
  createAndOpenMeeting,
  timelineRows,
  waitUntilAllSaved,
  pressOnConsole,
} from '../harness/index.ts';

const TITLE = 'Search results empty for EU customers';

/** Twenty spoken events, typed one after the other with no pause, each ending with Enter. */
const TYPED = Array.from({ length: 20 }, (_, index) => {
  const minute = String(index * 2).padStart(2, '0');
  const phase = index === 0 ? ' #trigger' : index === 3 ? ' #detection' : index === 12 ? ' #mitigation' : index === 19 ? ' #resolution' : '';
  return `09:${minute} Step ${index + 1}: shard eu-${index % 4} reports ${index * 7} empty responses @search-oncall${phase}`;
});
const EXPECTED_DESCRIPTIONS = TYPED.map((line) => line.replace(/^09:\d\d /, '').replace(/ @search-oncall.*$/, ''));

const PROBLEM = 'EU customers saw empty search results for 38 minutes';
const WHY_INDEX = 'The EU index was rebuilt from an empty snapshot';
const WHY_SNAPSHOT = 'The snapshot job wrote a file before the export finished';
const WHY_CHECK = 'No size check guarded the index swap';
const ITEMS = ['Make the snapshot job write atomically', 'Refuse an index swap below 90% of the previous size', 'Alert on zero-hit searches per region'];

interface Stored {
  timeline: Array<{ description: string; occurredAt: number }>;
  whys: Array<{ id: string; parentId: string | null; text: string; kind: string }>;
  actions: Array<{ title: string; whyId: string | null }>;
}

/** What the server holds, read through the same API the app uses. */
async function stored(page: Page, meetingId: string): Promise<Stored> {
  return page.evaluate(async (meeting) => {
    const call = async (method: string) => {
      const response = await fetch(`/api/call/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ meetingId: meeting }),
      });
      return ((await response.json()) as { result: unknown }).result;
    };
    return { timeline: await call('timeline.list'), whys: await call('whys.list'), actions: await call('actions.list') } as Stored;
  }, meetingId);
}

async function goToSection(page: Page, title: string): Promise<void> {
  for (let step = 0; step < 8 && (await consoleSectionTitle(page).textContent()) !== title; step += 1) {
    await pressOnConsole(page, 'PageDown');
    await page.waitForTimeout(150);
  }
  await expect.poll(() => consoleSectionTitle(page).textContent()).toBe(title);
}

describe('a note-taker captures a review from the keyboard', () => {
  const session = useBrowserTestSession();

  it('types 20 events at speed, all saved in order, then builds a whys tree and three action items', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', viewport: { width: 1920, height: 1080 } });
    const meetingId = await createAndOpenMeeting(page, { title: TITLE, incidentId: 'INC-5120', severity: 'SEV1' });

    await page.keyboard.press('Space');
    await goToSection(page, 'Timeline walkthrough');

    // No waiting between lines: each Enter goes straight on to the next line.
    await page.keyboard.press('t');
    for (const line of TYPED) {
      await page.keyboard.type(line, { delay: 0 });
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => timelineRows(page).count()).toBe(20);
    await waitUntilAllSaved(page);
    const afterTyping = await stored(page, meetingId);
    expect(afterTyping.timeline.map((event) => event.description)).toEqual(EXPECTED_DESCRIPTIONS);
    const times = afterTyping.timeline.map((event) => event.occurredAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // The whys tree: a problem, a chain of two whys ending in the root cause, and a second contributing branch.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await goToSection(page, 'Root cause (5 Whys)');
    await page
      .getByTestId('whys-editor')
      .getByLabel(/Problem statement/)
      .click();
    await page.keyboard.type(PROBLEM);
    await page.keyboard.press('Enter');
    await page.keyboard.type(WHY_INDEX);
    await page.keyboard.press('Tab');
    await page.keyboard.type(WHY_SNAPSHOT);
    await page.keyboard.press('Alt+KeyR');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(WHY_CHECK);
    await page.keyboard.press('Alt+KeyC');
    await expect.poll(() => page.getByTestId('causal-step').locator('.causal-chain__text').allTextContents()).toEqual([WHY_SNAPSHOT, WHY_INDEX, PROBLEM]);
    await expect.poll(() => page.getByTestId('root-cause-status').locator('[data-state]').getAttribute('data-state'), { timeout: 10_000 }).toBe('idle');

    // Three action items from the keyboard, the first linked to the root cause.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await goToSection(page, 'Action items');
    await page.getByLabel('New action item').focus();
    for (const item of ITEMS) {
      await page.keyboard.type(item);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.getByTestId('action-row').count()).toBe(3);
    await page.getByTestId('action-row').nth(0).getByLabel(`Finding addressed by ${ITEMS[0]}`).selectOption({ label: WHY_SNAPSHOT });
    await expect.poll(() => page.locator('.action-row .entry-status[data-status="saving"]').count()).toBe(0);

    await expect
      .poll(async () => {
        const { whys, actions } = await stored(page, meetingId);
        const root = whys.find((why) => why.kind === 'root');
        return { whys: whys.length, rootText: root?.text, actions: actions.map((action) => action.title), linked: actions[0]?.whyId === root?.id };
      })
      .toEqual({ whys: 4, rootText: WHY_SNAPSHOT, actions: ITEMS, linked: true });
    const { whys } = await stored(page, meetingId);
    const byText = new Map(whys.map((why) => [why.text, why]));
    expect(byText.get(WHY_SNAPSHOT)?.parentId).toBe(byText.get(WHY_INDEX)?.id);
    expect(byText.get(WHY_INDEX)?.parentId).toBe(byText.get(PROBLEM)?.id);
    expect(byText.get(WHY_CHECK)?.parentId).toBe(byText.get(PROBLEM)?.id);
    expect(byText.get(WHY_CHECK)?.kind).toBe('contributing');

    // Nothing typed lives only in the page: after a reload the console shows the same items, the server the same timeline.
    await page.reload();
    await expect.poll(() => consoleSectionTitle(page).textContent()).toBe('Action items');
    await expect.poll(() => page.getByTestId('action-row').count()).toBe(3);
    expect((await stored(page, meetingId)).timeline.map((event) => event.description)).toEqual(EXPECTED_DESCRIPTIONS);
    expect(problems).toEqual([]);
  });
});
