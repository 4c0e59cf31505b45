import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { accessibilityViolations, callApi, openWatchedPage, screenshotPath, startServeProcess, useBrowserTestSession } from '../harness/index.ts';

/** Issue 15: a review prepared or started lists what earlier incidents on its services left open, and so does its report. */
describe('still open from earlier incidents', () => {
  const session = useBrowserTestSession();

  it('shows the open items of an earlier review of the same service before the start, and in the report’s backlog check', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const earlier = await callApi<Meeting>(server, 'meetings.create', { title: 'Checkout errors in October', incidentId: 'INC-1980' });
    await callApi(server, 'meetings.update', { id: earlier.id, patch: { incidentStartedAt: Date.UTC(2026, 9, 2, 9), servicesAffected: ['Checkout API'] } });
    const canary = await callApi<ActionItem>(server, 'actions.add', {
      meetingId: earlier.id,
      title: 'Add a canary stage',
      owner: 'Dana Ortiz',
      dueOn: '2026-10-15',
    });
    await callApi<ActionItem>(server, 'actions.add', { meetingId: earlier.id, title: 'Write the rollback runbook', status: 'done' });
    const current = await callApi<Meeting>(server, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-2041' });
    await callApi(server, 'meetings.update', { id: current.id, patch: { incidentStartedAt: Date.UTC(2026, 11, 1, 14), servicesAffected: ['checkout api'] } });

    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${current.id}`, {
      timezoneId: 'UTC',
      viewport: { width: 1440, height: 960 },
    });
    const panel = page.getByTestId('console-side').getByTestId('earlier-open-items');
    await expect.poll(() => panel.getByTestId('earlier-open-item').count()).toBe(1);
    const shown = await panel.getByTestId('earlier-open-item').textContent();
    expect(shown).toContain(canary.title);
    expect(shown).toContain('Dana Ortiz · due 2026-10-15 · Open · from INC-1980: Checkout errors in October · Checkout API');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('earlier-open-items.png') });

    // The report carries the same list as its backlog check.
    await page.keyboard.press('Control+E');
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await expect.poll(() => dialog.getByTestId('export-preview').textContent(), { timeout: 10_000 }).toContain('Still open from earlier incidents');
    expect(await dialog.getByTestId('export-preview').textContent()).toContain('INC-1980: Checkout errors in October');
    expect(problems).toEqual([]);
  });
});
