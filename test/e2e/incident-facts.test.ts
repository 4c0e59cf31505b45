import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { startServeProcess, callApi as call, openWatchedPage, openPrepare, useBrowserTestSession } from '../harness/index.ts';

/** The facts are prepared in the console's Prepare drawer. */
const facts = async (page: Page) => (await openPrepare(page)).getByRole('form', { name: 'Incident facts' });
const saveState = (page: Page) => page.getByTestId('facts-save-state');
const metric = (page: Page, label: string, variant = 'console') =>
  page.getByTestId(`timeline-metrics-${variant}`).locator('.timeline-metrics__item').filter({ hasText: label }).locator('dd');

describe('incident facts and timeline metrics on the console', () => {
  const session = useBrowserTestSession();

  it('saves the facts as they are typed, keeps them across a reload, and shows the metrics from phased events', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await call<Meeting>(server, 'meetings.create', { title: 'Checkout errors after a deploy', incidentId: 'INC-7' });
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, { timezoneId: 'Europe/Berlin' });

    // Before the meeting the facts are open: typed in, saved after a pause, without pressing anything.
    const form = await facts(page);
    await form.getByLabel('Time zone').fill('Europe/Berlin');
    await form.getByLabel('Incident ID').fill('INC-2041');
    await form.getByLabel('Severity').selectOption('SEV1');
    await form.getByLabel('Incident started').fill('2026-02-03T14:00');
    await form.getByLabel('Incident ended').fill('2026-02-03T15:30');
    await form.getByLabel('Users affected').fill('About 12% of checkout sessions | EU only');
    await form.getByLabel('SLO budget consumed').fill('40% of the monthly error budget');
    await form.getByLabel('Data loss').fill('None');
    await form.getByLabel('Author').fill('Priya');
    await form.getByLabel('Reviewers').fill('Sam, Jo');
    await form.getByLabel('Reviewed on').fill('2026-02-05');
    await expect.poll(() => saveState(page).textContent()).toBe('All changes saved');

    // The severity's rule and its deadline, counted from the incident end in the meeting's zone.
    await expect
      .poll(() => page.getByTestId('review-deadline').textContent())
      .toBe('Review required within 48 hours. Review due by 2026-02-05 15:30 (Europe/Berlin).');
    await expect.poll(() => page.getByTestId('incident-duration').textContent()).toBe('Duration: 1 h 30 min');
    // The follow-up review the guide suggests: 30 days after the review.
    await form.getByRole('button', { name: 'Use 2026-03-07' }).click();
    await expect.poll(() => form.getByLabel('Follow-up review on').inputValue()).toBe('2026-03-07');

    // A bad value is refused next to its field and the text stays; the other fields are saved.
    await form.getByLabel('Time zone').fill('Mars/Olympus');
    await expect.poll(() => form.getByText('Time zone must be an IANA time zone such as UTC or Europe/Berlin.').isVisible()).toBe(true);
    await expect.poll(() => form.getByLabel('Time zone').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => form.getByLabel('Time zone').inputValue()).toBe('Mars/Olympus');
    await form.getByLabel('Time zone').fill('Europe/Berlin');
    await expect.poll(() => saveState(page).textContent()).toBe('All changes saved');

    const stored = await call<Meeting>(server, 'meetings.get', { id: meeting.id });
    expect(stored).toMatchObject({
      incidentId: 'INC-2041',
      severity: 'SEV1',
      timeZone: 'Europe/Berlin',
      incidentStartedAt: Date.UTC(2026, 1, 3, 13, 0),
      incidentEndedAt: Date.UTC(2026, 1, 3, 14, 30),
      usersAffected: 'About 12% of checkout sessions | EU only',
      sloBudgetConsumed: '40% of the monthly error budget',
      dataLoss: 'None',
      author: 'Priya',
      reviewers: 'Sam, Jo',
      reviewedOn: '2026-02-05',
      followUpReviewOn: '2026-03-07',
    });

    // After a reload everything is still there, shown in the meeting's zone.
    await page.reload();
    const reloaded = await facts(page);
    await expect.poll(() => reloaded.getByLabel('Incident ID').inputValue()).toBe('INC-2041');
    expect(await reloaded.getByLabel('Severity').inputValue()).toBe('SEV1');
    expect(await reloaded.getByLabel('Incident started').inputValue()).toBe('2026-02-03T14:00');
    expect(await reloaded.getByLabel('Incident ended').inputValue()).toBe('2026-02-03T15:30');
    expect(await reloaded.getByLabel('Users affected').inputValue()).toBe('About 12% of checkout sessions | EU only');
    expect(await reloaded.getByLabel('Reviewers').inputValue()).toBe('Sam, Jo');
    expect(await reloaded.getByLabel('Follow-up review on').inputValue()).toBe('2026-03-07');

    // Metrics say what they are missing until the phases are there.
    await expect.poll(() => metric(page, 'Time to detect').textContent()).toContain('no event is marked detection');
    const at = (hour: number, minute: number) => Date.UTC(2026, 1, 3, hour, minute);
    const phased = [
      [at(13, 2), 'Deploy of checkout v2.31 started', 'trigger'],
      [at(13, 9), 'Error rate on /checkout rose above 5%', 'detection'],
      [at(13, 31), 'Rollback to v2.30 finished', 'mitigation'],
      [at(14, 20), 'Error rate back to normal for 30 minutes', 'resolution'],
    ] as const;
    for (const [occurredAt, description, phase] of phased) {
      await call(server, 'timeline.add', { meetingId: meeting.id, occurredAt, description, phase });
    }
    await expect.poll(() => metric(page, 'Time to detect').textContent()).toBe('7 min');
    await expect.poll(() => metric(page, 'Time to mitigate').textContent()).toBe('29 min');
    await expect.poll(() => metric(page, 'Time to resolve').textContent()).toBe('1 h 18 min');
    await expect.poll(() => metric(page, 'Total duration').textContent()).toBe('1 h 30 min');

    // The audience screen shows the same figures in the timeline section.
    await call(server, 'timer.start', { meetingId: meeting.id });
    await call(server, 'timer.next', { meetingId: meeting.id });
    const room = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}/audience`, { timezoneId: 'Europe/Berlin' });
    await expect.poll(() => metric(room.page, 'Time to resolve', 'audience').textContent()).toBe('1 h 18 min');

    expect(problems).toEqual([]);
    expect(room.problems).toEqual([]);
  });
});
