import { describe, expect, it } from 'vitest';
import {
  startServeProcess,
  openWatchedPage,
  useBrowserTestSession,
  addEvent,
  createMeeting,
  editForm,
  quickAddForm,
  waitUntilAllSaved,
} from '../harness/index.ts';

const TITLE = 'Search cluster red for 25 minutes';

/** Longer than the hint's debounce, so "no hint" means the text was checked and found clean. */
const AFTER_CHECK_MS = 1_000;

describe('blameless hint under the timeline description', () => {
  const session = useBrowserTestSession();

  it('shows a gentle hint for blame, hides it when dismissed, and stays quiet for neutral wording', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC' });
    await createMeeting(page, { title: TITLE, incidentId: 'INC-3310' });
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    const form = quickAddForm(page);
    const description = form.getByLabel('Description');
    const hint = form.locator('.blame-hint');

    // Typed key by key, as a note-taker would: every character lands, and the hint follows once typing pauses.
    await description.pressSequentially('Dave should have checked the dashboard');
    await expect.poll(() => description.inputValue()).toBe('Dave should have checked the dashboard');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain('Hindsight');
    expect(await hint.textContent()).toContain('should have');
    expect(await hint.getAttribute('role')).toBe('status');

    await hint.getByRole('button', { name: 'Dismiss the hint about "should have"' }).click();
    await expect.poll(() => hint.count()).toBe(0);
    // Dismissed for this field and phrase: re-typing it does not bring the hint back.
    await description.fill('Dave should have checked the graphs');
    await page.waitForTimeout(AFTER_CHECK_MS);
    expect(await hint.count()).toBe(0);

    // Neutral wording with a name gets no hint.
    await description.fill('');
    await description.pressSequentially('Dave paged the on-call');
    await page.waitForTimeout(AFTER_CHECK_MS);
    expect(await hint.count()).toBe(0);
    await description.press('Enter');
    await waitUntilAllSaved(page);

    // The row editor has its own hint, and a dismissal in the quick-add field does not silence it.
    await addEvent(page, { time: '14:20', description: 'Cluster recovered', actor: 'Monitoring' });
    await waitUntilAllSaved(page);
    await page.getByRole('button', { name: 'Edit: Cluster recovered' }).click();
    const editDescription = editForm(page).getByLabel('Description');
    await editDescription.fill('Cluster recovered after Bob should have restarted it');
    await expect.poll(() => editForm(page).locator('.blame-hint').isVisible()).toBe(true);
    await editDescription.press('Escape');
    await expect.poll(() => editForm(page).count()).toBe(0);

    // The one-line quick entry is checked too, without the time and tags getting in the way.
    const quickEntry = page.getByRole('form', { name: 'Quick entry' });
    await quickEntry.getByLabel('Quick entry').fill('14:25 Outage caused by human error @alice #trigger');
    await expect.poll(() => quickEntry.locator('.blame-hint').isVisible()).toBe(true);
    expect(await quickEntry.locator('.blame-hint').textContent()).toContain('human error');

    expect(problems).toEqual([]);
  });
});
