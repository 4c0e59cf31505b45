import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { Review } from '../../src/shared/domain/review.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import { accessibilityViolations, callApi, openWatchedPage, screenshotPath, startServeProcess, timelineRows, useBrowserTestSession } from '../harness/index.ts';

/**
 * Issue 15: after the meeting the review is circulated for factual corrections, each reviewer's sign-off is recorded
 * with its date, and once published its report is read-only until reopened; every step is in its history.
 */
describe('a review from draft to published, from the console', () => {
  const session = useBrowserTestSession();

  it('circulates, records a sign-off, shows edits since it, publishes read-only, and reopens', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-2041', severity: 'SEV2' });
    await callApi<TimelineEvent>(server, 'timeline.add', { meetingId: meeting.id, occurredAt: Date.UTC(2026, 11, 1, 14, 0), description: 'Deploy started' });
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, {
      timezoneId: 'UTC',
      viewport: { width: 1440, height: 960 },
    });
    const panel = page.getByTestId('review-panel');
    await panel.waitFor();
    const state = panel.getByTestId('review-state');
    expect(await state.textContent()).toMatch(/^draft$/i);

    // Reviewers are named before or after circulating; in draft nobody can sign off yet.
    await panel.getByLabel('Reviewer', { exact: true }).fill('Ana Lima');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => panel.getByTestId('reviewer').textContent()).toContain('not yet circulated');

    await panel.getByRole('button', { name: 'Circulate for corrections' }).click();
    await expect.poll(() => state.textContent()).toMatch(/^in review$/i);
    await panel.getByRole('button', { name: 'Record sign-off' }).click();
    await expect.poll(() => panel.getByTestId('reviewer').textContent()).toMatch(/Ana Lima signed off \d{4}-\d{2}-\d{2}/);

    // A correction after her sign-off: she is shown which section changed since she read it.
    await callApi<TimelineEvent>(server, 'timeline.add', {
      meetingId: meeting.id,
      occurredAt: Date.UTC(2026, 11, 1, 14, 5),
      description: 'Error rate alert fired',
    });
    await expect.poll(() => panel.getByTestId('reviewer').textContent()).toContain('Changed since: Timeline');
    await page.screenshot({ path: screenshotPath('review-in-review.png') });
    expect(await accessibilityViolations(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => state.textContent()).toMatch(/^published$/i);
    expect(await panel.textContent()).toContain('read-only until the review is reopened');

    // Published: the report content refuses an edit, from the API and from the console alike.
    await expect(
      callApi<TimelineEvent>(server, 'timeline.add', { meetingId: meeting.id, occurredAt: Date.UTC(2026, 11, 1, 14, 9), description: 'Late addition' }),
    ).rejects.toThrow(/published/i);
    // The console says so, and an entry typed anyway is kept on screen as not saved, never silently stored.
    expect(await page.getByTestId('published-notice').textContent()).toContain('This review is published.');
    const line = page.getByRole('form', { name: 'Quick entry' }).getByLabel('Quick entry');
    await line.fill('14:09 Late addition');
    await line.press('Enter');
    await expect.poll(() => page.locator('.timeline-row[data-status="error"]').count()).toBe(1);
    expect((await callApi<TimelineEvent[]>(server, 'timeline.list', { meetingId: meeting.id })).length).toBe(2);
    await page
      .locator('.timeline-row[data-status="error"]')
      .getByRole('button', { name: /^Discard/ })
      .click();

    // The history names every step, who took it and when.
    await panel.getByText(/^History/).click();
    const history = await panel.locator('.review-panel__history li').allTextContents();
    expect(history.some((line) => line.includes('moved the review from in review to published'))).toBe(true);
    expect(history.some((line) => line.includes('recorded the sign-off of Ana Lima'))).toBe(true);
    expect(history.some((line) => line.includes('changed Timeline after circulation'))).toBe(true);

    // Reopening is recorded too, and edits are accepted again.
    await panel.getByRole('button', { name: 'Reopen' }).click();
    await expect.poll(() => state.textContent()).toMatch(/^in review$/i);
    const review = await callApi<Review>(server, 'review.get', { meetingId: meeting.id });
    expect(review.history.map((entry) => entry.kind)).toContain('reopened');
    await callApi<TimelineEvent>(server, 'timeline.add', { meetingId: meeting.id, occurredAt: Date.UTC(2026, 11, 1, 14, 9), description: 'Late addition' });
    await expect.poll(() => timelineRows(page).count()).toBe(3);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
