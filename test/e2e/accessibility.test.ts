import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import {
  startServeProcess,
  accessibilityViolations,
  openWatchedPage,
  useBrowserTestSession,
  consoleSectionTitle,
  addEvent,
  createAndOpenMeeting,
  pressOnConsole,
  openPrepare,
  closePrepare,
  callApi,
  callAs,
  letNoteTakersJoin,
  lossyLink,
  pairNoteTakerPage,
  seedDatabase,
  seedTrendReviews,
} from '../harness/index.ts';

/** The five sections of the default agenda, in order, as the console titles them. */
const SECTIONS = ['Opening', 'Timeline walkthrough', 'Root cause (5 Whys)', 'Action items', 'Closing'];

describe('every screen meets WCAG 2.1 AA (axe-core)', () => {
  const session = useBrowserTestSession();

  it('the library, the console and the audience screen in both themes, through every section, and the export dialog', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', viewport: { width: 1600, height: 1000 } });
    await page.getByRole('form', { name: 'New meeting' }).waitFor();
    expect(await accessibilityViolations(page), 'empty library').toEqual([]);

    const meetingId = await createAndOpenMeeting(page, { title: 'Checkout outage', incidentId: 'INC-4101', severity: 'SEV1' });
    await addEvent(page, { time: '14:02', description: 'Card gateway latency alert fired', actor: 'monitoring' });
    const rooms = await Promise.all(
      (['dark', 'light'] as const).map((theme) =>
        openWatchedPage(session.browser, `${server.url}#/meetings/${meetingId}/audience?theme=${theme}`, {
          timezoneId: 'UTC',
          viewport: { width: 1920, height: 1080 },
        }),
      ),
    );
    expect(await accessibilityViolations(page), 'console before the meeting starts').toEqual([]);
    await openPrepare(page);
    expect(await accessibilityViolations(page), 'the Prepare drawer').toEqual([]);
    await closePrepare(page);

    // Keys drive the timer once the focus has left the quick-add form.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Space');
    for (const [index, title] of SECTIONS.entries()) {
      if (index > 0) await pressOnConsole(page, 'PageDown');
      await expect.poll(() => consoleSectionTitle(page).textContent()).toBe(title);
      expect(await accessibilityViolations(page), `console: ${title}`).toEqual([]);
      for (const [which, room] of rooms.entries()) {
        await expect.poll(() => room.page.getByTestId('audience-section-title').textContent()).toBe(title);
        expect(await accessibilityViolations(room.page), `audience (${which === 0 ? 'dark' : 'light'}): ${title}`).toEqual([]);
      }
    }

    await page.getByRole('button', { name: /Export report…/ }).click();
    await page.getByRole('dialog', { name: 'Export report' }).waitFor();
    expect(await accessibilityViolations(page), 'export dialog').toEqual([]);

    const dark = await openWatchedPage(session.browser, `${server.url}#/meetings/${meetingId}`, {
      timezoneId: 'UTC',
      colorScheme: 'dark',
      viewport: { width: 1600, height: 1000 },
    });
    await dark.page.getByRole('heading', { level: 1, name: 'Checkout outage' }).waitFor();
    await expect.poll(() => consoleSectionTitle(dark.page).textContent(), { timeout: 10_000 }).toBe('Closing');
    expect(await accessibilityViolations(dark.page), 'console in the dark theme').toEqual([]);
    await openPrepare(dark.page);
    expect(await accessibilityViolations(dark.page), 'the Prepare drawer in the dark theme').toEqual([]);
    await closePrepare(dark.page);
    await pressOnConsole(dark.page, '?');
    await dark.page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await accessibilityViolations(dark.page), 'shortcut help').toEqual([]);
    await dark.page.keyboard.press('Escape');

    // A review gate that holds Next, and the confirmation for passing it.
    const workflow = await callApi<Meeting>(server, 'meetings.create', { title: 'Failover took 40 minutes', templateId: 'incident-workflow' });
    await callApi(server, 'timer.start', { meetingId: workflow.id });
    await page.goto(`${server.url}#/meetings/${workflow.id}`);
    await expect.poll(() => consoleSectionTitle(page).textContent()).toBe('Triage');
    await page.getByTestId('gate-held').waitFor();
    expect(await accessibilityViolations(page), 'a held review gate').toEqual([]);
    await page.getByRole('button', { name: 'Next section' }).click();
    await page.getByRole('dialog', { name: 'Pass “Triage” without a decision?' }).waitFor();
    expect(await accessibilityViolations(page), 'the gate confirmation').toEqual([]);
    await page.keyboard.press('Escape');

    // The library's delete confirmation.
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Delete: Checkout outage' }).click();
    await page.getByRole('dialog', { name: 'Delete “Checkout outage”?' }).waitFor();
    expect(await accessibilityViolations(page), 'delete confirmation').toEqual([]);
    await page.keyboard.press('Escape');

    expect(problems).toEqual([]);
    for (const other of [...rooms, dark]) expect(other.problems).toEqual([]);
  });

  it('a note-taker’s page: paired, and once joining has ended with an entry not sent', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-4103' });
    await callApi(server, 'timer.start', { meetingId: meeting.id });
    await callApi(server, 'timer.next', { meetingId: meeting.id });
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC' });
    const join = await letNoteTakersJoin(page, meeting.id);
    let link: Awaited<ReturnType<typeof lossyLink>> | undefined;
    const laptop = await pairNoteTakerPage(session.browser, join, 'Priya', async (pairing) => {
      link = await lossyLink(pairing);
    });
    const noteTaker = laptop.page;
    await noteTaker.getByRole('form', { name: 'Quick entry' }).waitFor();
    expect(await accessibilityViolations(noteTaker), 'note-taker, paired').toEqual([]);

    link?.lose((message) => message.includes('"timeline.add"'));
    await noteTaker.getByRole('form', { name: 'Quick entry' }).getByLabel('Quick entry').fill('14:02 Card gateway latency alert fired @monitoring');
    await noteTaker.keyboard.press('Enter');
    expect((await callAs(page, 'joining.disable', { meetingId: meeting.id })).status).toBe(200);
    await noteTaker.getByLabel('Entries not sent').waitFor();
    expect(await accessibilityViolations(noteTaker), 'note-taker, joining ended').toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the report panel, every section of every layout open, with checks, in both themes', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<{ id: string }>(server, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-4102', templateId: 'panel' });
    await callApi(server, 'meetings.update', {
      id: meeting.id,
      patch: { servicesAffected: ['payment-gateway'], metrics: [{ metric: 'Failure rate', before: '18 %', after: '0.4 %' }] },
    });
    await callApi(server, 'participants.add', { meetingId: meeting.id, name: 'Priya Nair', role: 'facilitator', perspective: 'sre' });
    await callApi(server, 'notes.add', {
      meetingId: meeting.id,
      category: 'perspective_finding',
      perspective: 'sre',
      findingKind: 'gap',
      text: 'No latency alert',
    });
    await callApi(server, 'actions.add', { meetingId: meeting.id, title: 'Improve monitoring' });
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, {
        timezoneId: 'UTC',
        colorScheme,
        viewport: { width: 1366, height: 768 },
      });
      await page.getByRole('heading', { level: 1, name: 'Checkout outage' }).waitFor();
      const panel = page.getByTestId('report-panel');
      // A new browser context: the panel starts closed.
      await panel.getByRole('button', { name: 'Write the report' }).click();
      for (const layout of ['pir', 'meeting', 'workflow', 'panel']) {
        await panel.getByLabel('Layout', { exact: true }).selectOption(layout);
        const closed = panel.locator('.report-section__toggle[aria-expanded="false"]');
        while ((await closed.count()) > 0) await closed.first().click();
        await panel.getByTestId('readiness-check').first().waitFor();
        expect(await accessibilityViolations(page), `report panel, ${layout} layout, ${colorScheme}`).toEqual([]);
      }
      expect(problems).toEqual([]);
    }
  });

  it('the follow-ups ledger: empty, then with items, an owner picked and a bulk change being confirmed', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/followups`, {
      timezoneId: 'UTC',
      viewport: { width: 1280, height: 900 },
    });
    await page.getByTestId('ledger-empty').waitFor();
    expect(await accessibilityViolations(page), 'empty ledger').toEqual([]);

    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-4101' });
    for (let index = 0; index < 30; index += 1) {
      await callApi(server, 'actions.add', {
        meetingId: meeting.id,
        title: `Action ${index + 1}`,
        owner: index % 2 === 0 ? 'Ana Lima' : '',
        dueOn: '2020-01-0' + String((index % 9) + 1),
      });
    }
    await page.reload();
    await page.getByTestId('ledger-row').first().waitFor();
    expect(await accessibilityViolations(page), 'ledger with items').toEqual([]);
    await page.getByRole('button', { name: 'Tick all 30 matches' }).click();
    await page.getByRole('button', { name: 'Apply to ticked' }).click();
    await page.getByRole('alertdialog').waitFor();
    expect(await accessibilityViolations(page), 'ledger confirming a bulk change').toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the Trends view: empty, then with reviews, every table and list open, in both themes', async () => {
    const empty = await startServeProcess(['--port', '0', '--db', session.newTempDir().file('debrief.sqlite')]);
    const first = await openWatchedPage(session.browser, `${empty.url}#/trends`, { timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
    await first.page.getByTestId('trends-empty').waitFor();
    expect(await accessibilityViolations(first.page), 'Trends, no reviews').toEqual([]);
    expect(first.problems).toEqual([]);

    const file = session.newTempDir().file('debrief.sqlite');
    await seedDatabase(file, (service) => seedTrendReviews(service));
    const server = await startServeProcess(['--port', '0', '--db', file]);
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/trends`, {
        timezoneId: 'UTC',
        colorScheme,
        viewport: { width: 1280, height: 900 },
      });
      await page.getByTestId('trends-summary').waitFor();
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      expect(await accessibilityViolations(page), `Trends with reviews, ${colorScheme}`).toEqual([]);
      expect(problems).toEqual([]);
    }
  });

  it('the list of contributing factors, in both themes, with a rename open and a refusal shown', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-4101' });
    const [capacity] = await callApi<Array<{ id: string }>>(server, 'tags.factors', {});
    await callApi(server, 'tags.set', { meetingId: meeting.id, itemKind: 'meeting', itemId: meeting.id, factorIds: [capacity?.id] });
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/factors`, {
        timezoneId: 'UTC',
        colorScheme,
        viewport: { width: 1280, height: 900 },
      });
      await page.getByTestId('factor-row').first().waitFor();
      expect(await accessibilityViolations(page), `factors, ${colorScheme}`).toEqual([]);
      await page
        .getByTestId('factor-row')
        .first()
        .getByRole('button', { name: /^Delete/ })
        .click();
      await page.getByTestId('factors-problem').waitFor();
      await page
        .getByTestId('factor-row')
        .nth(1)
        .getByRole('button', { name: /^Rename/ })
        .click();
      await page.getByRole('form', { name: /^Rename/ }).waitFor();
      expect(await accessibilityViolations(page), `factors with a rename and a refusal, ${colorScheme}`).toEqual([]);
      expect(problems).toEqual([]);
    }
  });
});
