import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../src/shared/domain/meeting.ts';
import { callApi, createMeeting, openWatchedPage, screenshotPath, startServeProcess, useBrowserTestSession } from '../harness/index.ts';

const WAIT = { timeout: 10_000 };
const TITLE = 'Checkout errors after the 14:00 deploy';
/** A right-to-left title, to see the confirmation keep it apart from the sentence around it. */
const OTHER = 'تعطل الدفع بعد النشر';

describe('the meetings list: create opens, delete asks and can be undone', () => {
  const session = useBrowserTestSession();

  it('opens a new meeting at once, and deletes one only after confirming, with Ctrl+Z and Undo bringing it back', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', viewport: { width: 1366, height: 768 } });

    // Creating a meeting opens its console.
    const form = page.getByRole('form', { name: 'New meeting' });
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Incident ID').fill('INC-2041');
    await form.getByRole('button', { name: 'Create meeting' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor(WAIT);
    expect(page.url()).toMatch(/#\/meetings\/[0-9a-f-]{36}$/);
    const meetingId = /#\/meetings\/([^/?]+)/.exec(page.url())?.[1] ?? '';
    await callApi(server, 'timeline.add', {
      meetingId,
      occurredAt: Date.UTC(2026, 1, 3, 14, 0),
      precision: 'minute',
      description: 'Deploy started',
      actor: 'CI',
    });

    await page.getByRole('link', { name: 'All meetings' }).click();
    await createMeeting(page, { title: OTHER, incidentId: 'INC-2042' });
    await page.getByRole('link', { name: 'All meetings' }).click();
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor(WAIT);

    // Delete asks first; Cancel keeps it.
    await page.getByRole('button', { name: `Delete: ${TITLE}` }).click();
    const confirm = page.getByRole('dialog', { name: `Delete “${TITLE}”?` });
    await confirm.waitFor(WAIT);
    await page.screenshot({ path: screenshotPath('library-delete-confirm.png') });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden', ...WAIT });
    expect(await row.count()).toBe(1);

    // Confirmed: it is gone from the list and from the service, and the toast offers the undo.
    await page.getByRole('button', { name: `Delete: ${TITLE}` }).click();
    await confirm.getByRole('button', { name: 'Delete meeting' }).dblclick();
    await expect.poll(() => row.count(), WAIT).toBe(0);
    await expect.poll(() => page.getByTestId('undo-toast').textContent(), WAIT).toContain(`Deleted the meeting ${TITLE}`);
    const listed = async () => (await callApi<MeetingSummary[]>(server, 'meetings.list', {})).map((summary) => summary.title).sort();
    expect(await listed()).toEqual([OTHER]);

    // Ctrl+Z puts it back, same id, with its timeline.
    await page.keyboard.press('Control+z');
    await expect.poll(() => row.count(), WAIT).toBe(1);
    expect(await listed()).toEqual([TITLE, OTHER].sort());
    const events = await callApi<{ description: string }[]>(server, 'timeline.list', { meetingId });
    expect(events.map((event) => event.description)).toEqual(['Deploy started']);

    // The toast's Undo does the same, for the right-to-left title.
    await page.getByRole('button', { name: `Delete: ${OTHER}` }).click();
    await page
      .getByRole('dialog', { name: `Delete “${OTHER}”?` })
      .getByRole('button', { name: 'Delete meeting' })
      .click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: OTHER }).count(), WAIT).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: OTHER }).count(), WAIT).toBe(1);
    await expect.poll(listed, WAIT).toEqual([TITLE, OTHER].sort());

    // The restored meeting opens as before.
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor(WAIT);
    expect(problems).toEqual([]);
  });

  it('shows each review’s deadlines, and says in words which are overdue (issue 15)', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const hour = 3_600_000;
    const endedAt = Date.now() - 72 * hour;
    // SEV1 ended three days ago and never reviewed: 48 hours have passed. SEV2 ended yesterday: a week to go.
    const late = await callApi<MeetingSummary>(server, 'meetings.create', { title: 'Login outage', incidentId: 'INC-1', severity: 'SEV1' });
    await callApi(server, 'meetings.update', { id: late.id, patch: { incidentEndedAt: endedAt, followUpReviewOn: '2020-01-01' } });
    const early = await callApi<MeetingSummary>(server, 'meetings.create', { title: 'Slow search', incidentId: 'INC-2', severity: 'SEV2' });
    await callApi(server, 'meetings.update', { id: early.id, patch: { incidentEndedAt: Date.now() - 24 * hour } });
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', viewport: { width: 1366, height: 768 } });

    const lateRow = page.getByRole('row').filter({ hasText: 'Login outage' });
    await expect.poll(() => lateRow.getByTestId('deadline-review').textContent(), WAIT).toMatch(/^Review overdue \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(await lateRow.getByTestId('deadline-follow-up').textContent()).toBe('Effectiveness review overdue 2020-01-01');
    const earlyRow = page.getByRole('row').filter({ hasText: 'Slow search' });
    expect(await earlyRow.getByTestId('deadline-review').textContent()).toMatch(/^Review due /);
    await page.screenshot({ path: screenshotPath('library-deadlines.png') });
    expect(problems).toEqual([]);
  });
});
