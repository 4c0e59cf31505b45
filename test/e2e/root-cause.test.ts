import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import {
  startServeProcess,
  openWatchedPage,
  screenshotPath,
  useBrowserTestSession,
  consoleSectionTitle,
  goToSection,
  createAndOpenMeeting,
  accessibilityViolations,
  seedDatabase,
} from '../harness/index.ts';

const TITLE = 'Card payments timing out at checkout';
const PROBLEM = 'Checkout requests failed for 40 minutes';
const POOL = 'The payment database connection pool was exhausted';
const RETRIES = 'Client retries without a budget multiplied the load on the pool';
const ALERT = 'No alert watched pool saturation';

/** The whys tree as shown, top to bottom: depth, kind and words of each node. */
async function shownTree(page: Page): Promise<Array<[number, string, string]>> {
  return page
    .getByTestId('why-node')
    .evaluateAll((nodes) =>
      nodes.map((node) => [
        Number(node.getAttribute('data-depth')),
        node.getAttribute('data-kind') ?? '',
        (node.querySelector('input.why__text') as unknown as { value: string } | null)?.value ?? '',
      ]),
    );
}

async function shownChain(page: Page): Promise<string[]> {
  return page.getByTestId('causal-step').locator('.causal-chain__text').allTextContents();
}

async function waitUntilSaved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('root-cause-status').locator('[data-state]').getAttribute('data-state'), { timeout: 10_000 }).toBe('idle');
}

describe('root cause: a 5 Whys tree and notes, typed from the keyboard', () => {
  const session = useBrowserTestSession();

  it('builds a whys tree with two branches, shows the causal chain, keeps notes in two categories, and finds all after a reload', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', colorScheme: 'light', viewport: { width: 1920, height: 1080 } });

    const meetingId = await createAndOpenMeeting(page, { title: TITLE, incidentId: 'INC-3107', severity: 'SEV2' });

    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('clock-status').textContent()).toBe('Running');
    await goToSection(page, 'Root cause (5 Whys)', 'PageDown');

    // The shared screen follows the tree as it is typed.
    const room = await openWatchedPage(session.browser, `${server.url}#/meetings/${meetingId}/audience`, {
      timezoneId: 'UTC',
      colorScheme: 'dark',
      viewport: { width: 1920, height: 1080 },
    });
    const audience = room.page;
    await audience.getByTestId('audience-whys').waitFor();

    // Problem, Enter: straight on to the first why. Tab asks why of that answer; Alt+R marks it the root cause.
    const editor = page.getByTestId('whys-editor');
    await editor.getByLabel(/Problem statement/).click();
    await page.keyboard.type(PROBLEM);
    await page.keyboard.press('Enter');
    await page.keyboard.type(POOL);
    await page.keyboard.press('Tab');
    await page.keyboard.type(RETRIES);
    await page.keyboard.press('Alt+KeyR');
    // Enter adds a sibling at the same depth; Shift+Tab moves it out to a second branch under the problem.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(ALERT);
    await page.keyboard.press('Alt+KeyC');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Alt+KeyS');

    const expectedTree: Array<[number, string, string]> = [
      [0, 'problem', PROBLEM],
      [1, 'symptom', POOL],
      [2, 'root', RETRIES],
      [1, 'contributing', ALERT],
    ];
    await expect.poll(() => shownTree(page)).toEqual(expectedTree);
    // From trigger to impact: the root cause first, the problem people saw last.
    await expect.poll(() => shownChain(page)).toEqual([RETRIES, POOL, PROBLEM]);
    await waitUntilSaved(page);

    await expect.poll(() => audience.getByTestId('audience-whys').locator('.audience-why__text').allTextContents()).toEqual([PROBLEM, POOL, RETRIES, ALERT]);
    expect(await audience.getByTestId('audience-causal-chain').textContent()).toBe(`${RETRIES}  →  ${POOL}  →  ${PROBLEM}`);
    await page.screenshot({ path: screenshotPath('root-cause-console.png') });
    await audience.screenshot({ path: screenshotPath('root-cause-audience.png') });

    // Delete a branch and undo: the same nodes come back in the same place.
    await page.getByRole('button', { name: `Delete "${POOL}" and the answers below it` }).click();
    await expect.poll(() => shownTree(page)).toEqual([expectedTree[0], expectedTree[3]]);
    await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => shownTree(page)).toEqual(expectedTree);
    await waitUntilSaved(page);

    // Notes in two categories at the closing section.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await goToSection(page, 'Closing', 'PageDown');
    await page.getByLabel('Add to Lessons learned').fill('Retry policies are part of capacity planning');
    await page.getByLabel('Add to Lessons learned').press('Enter');
    await page.getByLabel('Add to Prevention').fill('Alert on connection pool saturation above 80% for five minutes');
    await page.getByLabel('Add to Prevention').press('Enter');
    await expect.poll(() => page.getByTestId('notes-lesson').getByTestId('note').count()).toBe(1);
    await waitUntilSaved(page);

    await page.reload();
    await expect.poll(() => consoleSectionTitle(page).textContent()).toBe('Closing');
    await expect
      .poll(() => page.getByTestId('notes-lesson').getByRole('textbox', { name: 'Lessons learned: note' }).inputValue())
      .toBe('Retry policies are part of capacity planning');
    expect(await page.getByTestId('notes-prevention').getByRole('textbox', { name: 'Prevention: note' }).inputValue()).toBe(
      'Alert on connection pool saturation above 80% for five minutes',
    );
    await goToSection(page, 'Root cause (5 Whys)', 'PageUp');
    await expect.poll(() => shownTree(page)).toEqual(expectedTree);
    expect(await shownChain(page)).toEqual([RETRIES, POOL, PROBLEM]);
  });

  it('says so when Tab would ask a 26th why, and leaves the tree as it was', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', viewport: { width: 1920, height: 1080 } });
    await createAndOpenMeeting(page, { title: TITLE, incidentId: 'INC-3108' });
    await page.keyboard.press('Space');
    await goToSection(page, 'Root cause (5 Whys)', 'PageDown');

    await page
      .getByTestId('whys-editor')
      .getByLabel(/Problem statement/)
      .click();
    await page.keyboard.type(PROBLEM);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Level 1');
    for (let level = 2; level <= 25; level += 1) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(`Level ${level}`);
    }
    const expectedTree = [[0, 'problem', PROBLEM], ...Array.from({ length: 25 }, (_, index) => [index + 1, 'unclassified', `Level ${index + 1}`])];
    await expect.poll(() => shownTree(page)).toEqual(expectedTree);
    await expect(page.getByTestId('whys-refusal').count()).resolves.toBe(0);

    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.getByTestId('whys-refusal').textContent())
      .toBe('A why may be at most 25 levels deep (the problem statement and 25 answers below it); this answer would be deeper.');
    expect(await accessibilityViolations(page, '[data-testid="whys-refusal"]')).toEqual([]);
    await page.screenshot({ path: screenshotPath('root-cause-depth-refused.png') });
    // The focus stays on the deepest answer: what is typed next goes on in it.
    await page.keyboard.type(' still');
    await expect.poll(() => shownTree(page)).toEqual([...expectedTree.slice(0, 25), [25, 'unclassified', 'Level 25 still']]);
    // Leaving the field sends the words held back by the edit delay.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await waitUntilSaved(page);
    await page.reload();
    await expect.poll(() => consoleSectionTitle(page).textContent(), { timeout: 10_000 }).toBe('Root cause (5 Whys)');
    await expect.poll(() => shownTree(page), { timeout: 10_000 }).toEqual([...expectedTree.slice(0, 25), [25, 'unclassified', 'Level 25 still']]);
    expect(problems).toEqual([]);
  });

  it('opens a chain 3,000 levels deep from a database written before the limit, with its causal chain', async () => {
    const temp = session.newTempDir();
    const file = temp.file('debrief.sqlite');
    const meetingId = await seedDatabase(file, (service, db) => {
      const created = dispatch(service, 'meetings.create', { title: TITLE, incidentId: 'INC-3109' });
      const id = created.ok ? (created.result as { id: string }).id : '';
      // Straight into the table: the service refuses a chain this deep now.
      const insert = db.prepare('INSERT INTO whys (id, meeting_id, parent_id, position, text, kind, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, 1, 1)');
      const deep = (level: number) => `00000000-0000-4000-8000-${String(level).padStart(12, '0')}`;
      db.transaction(() => {
        for (let level = 0; level < 3_000; level += 1) {
          const kind = level === 0 ? 'problem' : level === 2_999 ? 'root' : 'unclassified';
          insert.run(deep(level), id, level === 0 ? null : deep(level - 1), `Level ${level}`, kind);
        }
      })();
      return id;
    });

    const server = await startServeProcess(['--port', '0', '--db', file]);
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meetingId}`, {
      timezoneId: 'UTC',
      viewport: { width: 1920, height: 1080 },
    });
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.keyboard.press('Space');
    await goToSection(page, 'Root cause (5 Whys)', 'PageDown');
    await expect.poll(() => page.getByTestId('why-node').count(), { timeout: 60_000 }).toBe(3_000);
    const tree = await shownTree(page);
    expect(tree[0]).toEqual([0, 'problem', 'Level 0']);
    expect(tree[2_999]).toEqual([2_999, 'root', 'Level 2999']);
    expect(await page.getByTestId('causal-step').count()).toBe(3_000);
    expect(problems).toEqual([]);
  });
});
