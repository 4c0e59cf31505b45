import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import {
  accessibilityViolations,
  callApi as call,
  openWatchedPage,
  screenshotPath,
  startServeProcess,
  timelineRow,
  useBrowserTestSession,
  type ServeProcess,
} from '../harness/index.ts';

const TITLE = 'Checkout errors after a payment-service deploy';
const IMPORT_ID = '1b2c3d4e-0000-4000-8000-0000000000e2';
const OPTION = 'Timeline: key moments only, full timeline as an appendix';

const TYPED = [
  { at: '2026-11-20T13:02:00Z', description: 'Deploy of payment-service 4.12 started', actor: 'CI/CD', phase: 'trigger' },
  { at: '2026-11-20T13:31:00Z', description: 'Rolled back to payment-service 4.11', actor: 'On-call SRE', phase: 'mitigation' },
] as const;
/** From a Slack export: the channel's name is right-to-left text, so it must stay isolated from the label. */
const SLACK = [
  { at: '2026-11-20T13:09:00Z', description: 'Checkout error-rate alert fired', actor: 'alertbot' },
  { at: '2026-11-20T13:15:00Z', description: 'Incident channel opened, SEV2 declared', actor: 'Sarah Cohen' },
] as const;
const CHANNEL = '#حادثة-42';

async function seedMeeting(server: ServeProcess): Promise<Meeting> {
  const meeting = await call<Meeting>(server, 'meetings.create', { title: TITLE, incidentId: 'INC-2041', severity: 'SEV2', timeZone: 'Europe/Berlin' });
  for (const event of TYPED) {
    await call(server, 'timeline.add', {
      meetingId: meeting.id,
      occurredAt: Date.parse(event.at),
      description: event.description,
      actor: event.actor,
      phase: event.phase,
    });
  }
  await call(server, 'timeline.importStart', { meetingId: meeting.id, id: IMPORT_ID });
  await call(server, 'timeline.import', {
    importId: IMPORT_ID,
    events: SLACK.map((event) => ({
      occurredAt: Date.parse(event.at),
      description: event.description,
      actor: event.actor,
      source: 'slack_import',
      origin: CHANNEL,
    })),
  });
  await call(server, 'timeline.importFinish', { id: IMPORT_ID });
  return meeting;
}

const exportDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Export report' });
const previewText = async (page: Page): Promise<string> => (await exportDialog(page).getByTestId('export-preview').textContent()) ?? '';
const starButton = (page: Page, description: string): Locator => timelineRow(page, description).getByRole('button', { name: `Key moment: ${description}` });
const starred = async (server: ServeProcess, meetingId: string): Promise<string[]> =>
  (await call<TimelineEvent[]>(server, 'timeline.list', { meetingId })).filter((event) => event.keyMoment).map((event) => event.description);

describe('key moments: star timeline events and export only them, with the full timeline as an appendix', () => {
  const session = useBrowserTestSession();

  it('shows where imported events came from, stars by click and by key, and exports the key moments with the appendix', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await seedMeeting(server);
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, {
      timezoneId: 'Europe/Berlin',
      colorScheme: 'light',
      acceptDownloads: true,
      viewport: { width: 1440, height: 960 },
    });
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await timelineRow(page, SLACK[0].description).waitFor();

    // The source of each imported event, the channel isolated in <bdi>; typed events have none.
    const source = timelineRow(page, SLACK[0].description).locator('.timeline-row__source');
    expect(await source.textContent()).toBe(`Source: Slack · ${CHANNEL}`);
    expect(await source.locator('bdi').textContent()).toBe(CHANNEL);
    expect(await timelineRow(page, TYPED[0].description).locator('.timeline-row__source').count()).toBe(0);

    // With nothing starred the option says so, and ticking it changes nothing.
    await page.keyboard.press('Control+E');
    await expect.poll(() => previewText(page)).toContain('INC-2041');
    const hint = exportDialog(page).getByTestId('key-moments-hint');
    expect(await hint.textContent()).toMatch(/^No event is starred as a key moment, so the report shows the whole timeline/);
    const whole = await previewText(page);
    await exportDialog(page).getByRole('checkbox', { name: OPTION }).check();
    await page.waitForTimeout(300);
    expect(await previewText(page)).toBe(whole);
    expect(await accessibilityViolations(page, '.export-dialog')).toEqual([]);
    await exportDialog(page).getByRole('checkbox', { name: OPTION }).uncheck();
    await page.keyboard.press('Escape');
    await exportDialog(page).waitFor({ state: 'hidden' });

    // Star one by clicking its button: pressed, the row marked, stored.
    const alert = starButton(page, SLACK[0].description);
    expect(await alert.getAttribute('aria-pressed')).toBe('false');
    await alert.click();
    await expect.poll(() => alert.getAttribute('aria-pressed')).toBe('true');
    expect(await timelineRow(page, SLACK[0].description).getAttribute('data-key-moment')).toBe('true');
    expect(await alert.textContent()).toBe('★');
    await expect.poll(() => starred(server, meeting.id)).toEqual([SLACK[0].description]);

    // Star another with S on its focused row; S again takes the star off, and once more puts it back.
    const rollback = timelineRow(page, TYPED[1].description);
    await rollback.focus();
    await page.keyboard.press('s');
    await expect.poll(() => starButton(page, TYPED[1].description).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => starred(server, meeting.id)).toEqual([SLACK[0].description, TYPED[1].description]);
    await page.keyboard.press('s');
    await expect.poll(() => starred(server, meeting.id)).toEqual([SLACK[0].description]);
    await page.keyboard.press('s');
    await expect.poll(() => starred(server, meeting.id)).toEqual([SLACK[0].description, TYPED[1].description]);
    // The focus stayed on the row, as for the other row keys.
    expect(await rollback.evaluate((row) => row === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);

    expect(await accessibilityViolations(page, '.timeline-panel')).toEqual([]);
    await page.locator('.timeline-panel ol.timeline').screenshot({ path: screenshotPath('timeline-key-moments.png') });

    // Export with the option: the timeline lists the two key moments, the appendix every event with its source.
    await page.keyboard.press('Control+E');
    await expect.poll(() => previewText(page)).toContain('INC-2041');
    expect(await hint.textContent()).toBe('2 of 4 events are starred as key moments.');
    await exportDialog(page).getByRole('checkbox', { name: OPTION }).check();
    await expect.poll(() => previewText(page)).toContain('## Appendix: Full timeline');
    const text = await previewText(page);
    const [body = '', appendix = ''] = text.split('## Appendix: Full timeline');
    expect(body).toContain('Key moments only: 2 key moments of 4 events.');
    const timeline = body.slice(body.indexOf('## Timeline'));
    expect(timeline).toContain(SLACK[0].description);
    expect(timeline).toContain(TYPED[1].description);
    expect(timeline).not.toContain(TYPED[0].description);
    expect(timeline).not.toContain(SLACK[1].description);
    for (const event of [...TYPED, ...SLACK]) expect(appendix).toContain(event.description);
    // The Markdown escapes the channel's "#" in the table cell; cmark-gfm reads it back as typed (see the CLI's test).
    expect(appendix).toContain(`| Slack · \\${CHANNEL} | Yes |`);
    expect(await accessibilityViolations(page, '.export-dialog')).toEqual([]);
    await page.screenshot({ path: screenshotPath('export-key-moments.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog(page).getByRole('button', { name: 'Save', exact: true }).click()]);
    expect(fs.readFileSync(await download.path()).toString('utf8')).toBe(text);

    expect(problems).toEqual([]);
  });
});
