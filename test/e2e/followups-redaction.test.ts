import fs from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { Why } from '../../src/shared/domain/whys.ts';
import {
  accessibilityViolations,
  callApi,
  ok,
  openWatchedPage,
  screenshotPath,
  seedDatabase,
  startServeProcess,
  useBrowserTestSession,
} from '../harness/index.ts';

/** Planted values, each written from its format's definition (issue 16), in action items' titles, owners and causes. */
const EMAIL = 'priya.rao@acme-bank.com';
const IP = '10.42.7.19';
const URL_TEXT = 'https://grafana.example.com/d/qx7Hk2/payments';
const HOST = 'pg-primary-2.corp';
const AWS = 'AKIAIOSFODNN7EXAMPLE';
const GITHUB = 'ghp_R2d2C3poBb8Yoda9Luke1Leia4Han5Solo67';
const PHONE = '+44 20 7946 0958';
const CUSTOMER = 'Acme Bank';
const PERSON = 'Ana Lima';
/** What must not be found in any file once everything is replaced (parts too, so no escaping can hide one). */
const PROBES = [EMAIL, 'priya.rao', IP, URL_TEXT, 'qx7Hk2', 'grafana.example.com', HOST, 'pg-primary-2', AWS, GITHUB, 'R2d2C3po', '7946', CUSTOMER, PERSON];

/** A file as its reader gets it: CSV cells through papaparse, the calendar's values through ical.js. */
function readCells(name: string, text: string): string {
  if (name.endsWith('.ics')) return JSON.stringify(ICAL.parse(text));
  if (name.endsWith('.sh')) return text;
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors, name).toEqual([]);
  return parsed.data.flat().join('\n');
}

/** Ids are random (the tracker key, a calendar UID): not anyone's text, and one can hold a short probe's digits. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const readBack = (name: string, text: string): string => readCells(name, text).replace(UUID, '<id>');

const review = (page: Page) => page.getByTestId('ledger-redaction');
const findingValues = (page: Page) => review(page).locator('.redaction-finding__value').allTextContents();

async function saveFile(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), review(page).getByRole('button', { name: 'Save the file' }).click()]);
  const name = download.suggestedFilename();
  return { name, text: readBack(name, fs.readFileSync(await download.path(), 'utf8')) };
}

describe('the follow-ups ledger export with redaction, in Chromium', () => {
  const session = useBrowserTestSession();

  it('lists what it found in the filtered items, and the saved files hold none of it once all is replaced', async () => {
    const temp = session.newTempDir();
    const file = temp.file('debrief.sqlite');
    const seeded = await seedDatabase(file, (service) => {
      const call = <T>(method: Parameters<typeof dispatch>[1], input: unknown) => ok<T>(dispatch(service, method, input));
      const payments = call<Meeting>('meetings.create', { title: `Payments outage for ${CUSTOMER}`, incidentId: 'INC-301' });
      call('meetings.update', { id: payments.id, patch: { followUpReviewOn: '2026-12-20' } });
      const cause = call<Why>('whys.add', { meetingId: payments.id, parentId: null, kind: 'root', text: `Key ${AWS} was committed; ${HOST} trusted it` });
      const add = (meeting: Meeting, fields: Record<string, unknown>) =>
        call<ActionItem>('actions.add', { meetingId: meeting.id, dueOn: '2026-12-04', ...fields });
      add(payments, { title: `Revoke ${GITHUB} and tell ${EMAIL}`, owner: PERSON, whyId: cause.id, priority: 'P0' });
      add(payments, { title: `Firewall ${IP} and call ${PHONE}`, owner: EMAIL });
      const search = call<Meeting>('meetings.create', { title: 'Search results empty', incidentId: 'INC-302' });
      add(search, { title: `Move the dashboard ${URL_TEXT} behind login`, owner: 'Bo Chen', dueOn: '2026-12-09' });
      call('people.add', { name: PERSON, email: 'ana@acme-bank.com', jiraUser: 'alima-jira', githubLogin: 'alima-gh' });
      call('redaction.addTerm', { term: 'acme bank' });
      call('redaction.addTerm', { term: PERSON });
      return { payments };
    });
    const server = await startServeProcess(['--port', '0', '--db', file]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, {
      timezoneId: 'UTC',
      acceptDownloads: true,
      viewport: { width: 1440, height: 960 },
    });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Follow-ups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Follow-ups' }).waitFor();
    await expect.poll(() => page.getByTestId('ledger-row').count()).toBe(3);

    // The export opens the review first, focused, every value listed once and ticked to be replaced.
    await page.getByLabel('Export as').selectOption('jira-csv');
    await page.getByRole('button', { name: 'Export the filtered ledger' }).click();
    await review(page).getByRole('heading', { name: 'Before the file is saved' }).waitFor();
    const focused = (locator: Locator) => locator.evaluate((element) => element === element.ownerDocument.activeElement);
    expect(await focused(review(page).getByRole('heading', { name: 'Before the file is saved' }))).toBe(true);
    expect(await review(page).textContent()).toContain('3 action items from 2 reviews');
    await expect.poll(() => findingValues(page)).toEqual(expect.arrayContaining([EMAIL, IP, URL_TEXT, HOST, AWS, GITHUB, PHONE, CUSTOMER, PERSON]));
    const values = await findingValues(page);
    expect(values.filter((value) => value === EMAIL)).toHaveLength(1);
    expect(values.some((value) => /INC-30|2026-12/.test(value))).toBe(false);
    const emailFinding = review(page).getByTestId('redaction-finding').filter({ hasText: EMAIL });
    expect(await emailFinding.textContent()).toContain('Action items, item 1: title');
    expect(await emailFinding.textContent()).toContain('Becomes [email]');

    // Keep the phone number by keyboard, then change the mind: Replace all ticks it again.
    const phone = review(page).getByRole('checkbox', { name: `Replace ${PHONE}` });
    expect(await phone.isChecked()).toBe(true);
    await phone.focus();
    await page.keyboard.press('Space');
    expect(await phone.isChecked()).toBe(false);
    expect(await review(page).getByTestId('redaction-finding').filter({ hasText: PHONE }).textContent()).toContain('Kept as written');
    await review(page).getByRole('button', { name: 'Replace all' }).click();
    expect(await phone.isChecked()).toBe(true);
    await page.screenshot({ path: screenshotPath('followups-redaction.png') });
    expect(await accessibilityViolations(page), 'the ledger with its redaction review').toEqual([]);

    const expectClean = ({ name, text }: { name: string; text: string }) => {
      for (const probe of [...PROBES, 'alima-jira', 'alima-gh']) expect(text.toLowerCase(), `${name}: ${probe}`).not.toContain(probe.toLowerCase());
      for (const harmless of ['Revoke', 'behind login', '[token]', '[name]']) expect(text, `${name}: ${harmless}`).toContain(harmless);
    };
    const jira = await saveFile(page);
    expect(jira.name).toBe('follow-ups.jira.csv');
    expectClean(jira);
    // Saved: the review closes, focus goes back to the button, and the message says where the file went.
    await review(page).waitFor({ state: 'detached' });
    await expect.poll(() => focused(page.getByRole('button', { name: 'Export the filtered ledger' }))).toBe(true);
    await page.getByTestId('ledger-export-message').waitFor();

    // Every other format, with the default (replace every finding).
    for (const format of ['github', 'gitlab-csv', 'csv', 'ics']) {
      await page.getByLabel('Export as').selectOption(format);
      await page.getByRole('button', { name: 'Export the filtered ledger' }).click();
      await expect.poll(() => findingValues(page)).toContain(EMAIL);
      expectClean(await saveFile(page));
    }

    // Escape closes the review without saving; the stored items never changed.
    await page.getByRole('button', { name: 'Export the filtered ledger' }).click();
    await review(page).getByRole('heading', { name: 'Before the file is saved' }).waitFor();
    await page.keyboard.press('Escape');
    await review(page).waitFor({ state: 'detached' });
    const stored = await callApi<ActionItem[]>(server, 'actions.list', { meetingId: seeded.payments.id });
    expect(stored.map((item) => item.title)).toContain(`Revoke ${GITHUB} and tell ${EMAIL}`);
    expect(stored.map((item) => item.owner)).toContain(PERSON);
    expect(problems).toEqual([]);
  });
});
