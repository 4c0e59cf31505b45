import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AgendaState } from '../../src/shared/domain/agenda.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import {
  callApi,
  consoleSectionTitle,
  openWatchedPage,
  screenshotPath,
  startServeProcess,
  useBrowserTestSession,
  type ServeProcess,
} from '../harness/index.ts';

/** The laptop screen the issue measured the console on, and a common desktop one. */
const LAPTOP = { width: 1366, height: 768 };
const DESKTOP = { width: 1920, height: 1080 };
const WAIT = { timeout: 10_000 };

/** The four agendas Debrief ships with (README: "Agenda templates"). */
const BUILT_IN_AGENDAS = ['blameless-60', 'full-105', 'panel', 'incident-workflow'];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

/** Whether the whole box lies inside the window: nothing of it needs scrolling to be seen. */
const inside = (box: Box, viewport: { width: number; height: number }) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;

/**
 * The current section's capture tool: the first place to type into in its capture panel (the quick-entry line, the
 * first why, a note, a finding, a new action item), or the panel's heading where the section captures nothing.
 */
async function captureTool(page: Page): Promise<Locator> {
  const panel = page.getByTestId('capture-panel');
  const field = panel.locator('input[type="text"], textarea, input:not([type])').first();
  return (await field.count()) > 0 ? field : panel.locator('h2').first();
}

async function openConsole(page: Page, server: ServeProcess, meetingId: string): Promise<void> {
  await page.goto(`${server.url}#/meetings/${meetingId}`);
  await consoleSectionTitle(page).waitFor(WAIT);
}

/** Takes the focus off whatever has it, as a facilitator does by clicking the page's background. */
const focusNothing = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { document: { activeElement: { blur?(): void } | null } }).document.activeElement?.blur?.());

const sectionTitle = (page: Page) => consoleSectionTitle(page).textContent();

describe('the console fits the screen and steps one section at a time', () => {
  const session = useBrowserTestSession();

  it('shows the clock, the prompts and the capture tool of every section of every built-in agenda without scrolling, at 1366×768', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const { page, problems } = await openWatchedPage(session.browser, server.url, { timezoneId: 'UTC', viewport: LAPTOP });

    for (const templateId of BUILT_IN_AGENDAS) {
      const meeting = await callApi<Meeting>(server, 'meetings.create', { title: `Layout check: ${templateId}`, templateId });
      const agenda = await callApi<AgendaState>(server, 'agenda.get', { meetingId: meeting.id });
      // Gates are approved up front: this test is about what is on screen, the gate test below about holding.
      for (const section of agenda.sections.filter((candidate) => candidate.gated)) {
        await callApi(server, 'agenda.decide', { id: section.id, decision: 'approve', note: '' });
      }
      await openConsole(page, server, meeting.id);
      await focusNothing(page);
      await page.keyboard.press('Space');
      await expect.poll(() => page.getByTestId('clock-status').textContent(), WAIT).toBe('Running');

      for (const [index, section] of agenda.sections.entries()) {
        if (index > 0) {
          await focusNothing(page);
          await page.keyboard.press('PageDown');
        }
        await expect.poll(() => sectionTitle(page), WAIT).toBe(section.title);
        const where = `${templateId}, section ${index + 1} (${section.kind})`;
        expect(inside(await boxOf(page.getByTestId('console-clock')), LAPTOP), `${where}: clock`).toBe(true);
        expect(inside(await boxOf(page.getByTestId('room-prompt')), LAPTOP), `${where}: room prompt`).toBe(true);
        expect(inside(await boxOf(page.getByRole('button', { name: 'Next section', exact: false }).first()), LAPTOP), `${where}: Next`).toBe(true);
        expect(inside(await boxOf(await captureTool(page)), LAPTOP), `${where}: capture tool`).toBe(true);
        // The page itself never scrolls: only the panes do.
        expect(await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY), where).toBe(0);
      }
    }
    expect(problems).toEqual([]);
  });

  it('takes a double click on Next as one step, and keeps the section while a pane or a text field has the focus', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', {
      title: 'Checkout errors after the 14:00 deploy',
      incidentId: 'INC-2041',
      severity: 'SEV2',
    });
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, { timezoneId: 'UTC', viewport: LAPTOP });
    await consoleSectionTitle(page).waitFor(WAIT);
    await page.getByRole('button', { name: /^Start meeting/ }).click();
    await expect.poll(() => page.getByTestId('clock-status').textContent(), WAIT).toBe('Running');

    const next = page.getByRole('button', { name: 'Next section' });
    await next.dblclick();
    await expect.poll(() => sectionTitle(page), WAIT).toBe('Timeline walkthrough');
    await page.waitForTimeout(500);
    expect(await sectionTitle(page)).toBe('Timeline walkthrough');
    const agenda = await callApi<AgendaState>(server, 'agenda.get', { meetingId: meeting.id });
    expect(agenda.sections.find((section) => section.id === agenda.timer.currentSectionId)?.title).toBe('Timeline walkthrough');

    // Three quick clicks on Previous: one step back.
    await page.getByRole('button', { name: 'Previous section' }).click({ clickCount: 3, delay: 20 });
    await expect.poll(() => sectionTitle(page), WAIT).toBe('Opening');
    await page.getByRole('button', { name: 'Next section' }).click();
    await expect.poll(() => sectionTitle(page), WAIT).toBe('Timeline walkthrough');

    // The pane of the current section has the focus: Page Down and ↓ scroll it, the section stays.
    await page.getByTestId('console-work').focus();
    for (const key of ['PageDown', 'ArrowDown', 'PageUp', 'ArrowRight']) await page.keyboard.press(key);
    // The side column too.
    await page.getByTestId('console-side').focus();
    for (const key of ['PageDown', 'ArrowDown']) await page.keyboard.press(key);
    // A text field: the quick-entry line.
    const description = page.getByRole('form', { name: /timeline event/i }).getByLabel('Description');
    await description.focus();
    for (const key of ['PageDown', 'ArrowDown']) await page.keyboard.press(key);
    await page.waitForTimeout(400);
    expect(await sectionTitle(page)).toBe('Timeline walkthrough');

    // With nothing focused, Page Down (a presenter clicker) moves on, and Page Up comes back.
    await focusNothing(page);
    await page.keyboard.press('PageDown');
    await expect.poll(() => sectionTitle(page), WAIT).toBe('Root cause (5 Whys)');
    await page.screenshot({ path: screenshotPath('console-1366.png') });
    await focusNothing(page);
    await page.keyboard.press('PageUp');
    await expect.poll(() => sectionTitle(page), WAIT).toBe('Timeline walkthrough');
    expect(problems).toEqual([]);
  });

  it('holds Next on a review gate until it is decided, and records a confirmed override', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: 'Database failover took 40 minutes', templateId: 'incident-workflow' });
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, { timezoneId: 'UTC', viewport: LAPTOP });
    await consoleSectionTitle(page).waitFor(WAIT);
    await page.getByRole('button', { name: /^Start meeting/ }).click();
    await expect.poll(() => page.getByTestId('clock-status').textContent(), WAIT).toBe('Running');
    expect(await sectionTitle(page)).toBe('Triage');
    await expect.poll(() => page.getByTestId('gate-held').textContent(), WAIT).toContain('Next is held until you approve this section or ask for a revision');
    expect(await page.getByRole('button', { name: /^Next section \(held: the review gate has no decision/ }).count()).toBe(1);

    // Next asks first; Cancel keeps the section.
    await page.getByRole('button', { name: 'Next section' }).click();
    const confirm = page.getByRole('dialog', { name: 'Pass “Triage” without a decision?' });
    await confirm.waitFor(WAIT);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden', ...WAIT });
    // Page Down asks too, and Escape cancels it.
    await focusNothing(page);
    await page.keyboard.press('PageDown');
    await confirm.waitFor(WAIT);
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden', ...WAIT });
    // Finish on the gate asks as well; cancelled, the meeting runs on in the same section.
    await page.getByRole('button', { name: 'Finish the meeting' }).click();
    const finishing = page.getByRole('dialog', { name: 'Finish on “Triage” without a decision?' });
    await finishing.waitFor(WAIT);
    expect(await finishing.getByRole('button', { name: 'Finish without a decision' }).count()).toBe(1);
    await finishing.getByRole('button', { name: 'Cancel' }).click();
    await finishing.waitFor({ state: 'hidden', ...WAIT });
    expect(await page.getByTestId('clock-status').textContent()).toBe('Running');
    expect(await sectionTitle(page)).toBe('Triage');

    // Approved: Next passes at once.
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => page.getByTestId('gate-decision').textContent(), WAIT).toBe('Approved');
    await page.getByRole('button', { name: 'Next section' }).click();
    await expect.poll(() => sectionTitle(page), WAIT).toBe('Mitigation');

    // Undecided: passing it takes a confirmation, with a reason, and is recorded.
    await page.getByRole('button', { name: 'Next section' }).click();
    const mitigation = page.getByRole('dialog', { name: 'Pass “Mitigation” without a decision?' });
    await mitigation.getByLabel('Reason (optional)').fill('The mitigation owner reviews it on Monday');
    await page.screenshot({ path: screenshotPath('console-gate-override.png') });
    await mitigation.getByRole('button', { name: 'Pass without a decision' }).dblclick();
    await expect.poll(() => sectionTitle(page), WAIT).toBe('Stakeholder communication');
    await page.waitForTimeout(400);
    expect(await sectionTitle(page)).toBe('Stakeholder communication');
    const agenda = await callApi<AgendaState>(server, 'agenda.get', { meetingId: meeting.id });
    const passed = agenda.sections.find((section) => section.title === 'Mitigation');
    expect(passed).toMatchObject({ decision: null, gateOverrideNote: 'The mitigation owner reviews it on Monday' });
    expect(passed?.gateOverriddenAt).toEqual(expect.any(Number));
    expect(agenda.sections.find((section) => section.title === 'Triage')).toMatchObject({ decision: 'approve', gateOverriddenAt: null });
    expect(problems).toEqual([]);
  });

  it('puts preparation in the Prepare drawer, where a new section chooses its kind', async () => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await callApi<Meeting>(server, 'meetings.create', { title: 'Checkout errors after the 14:00 deploy' });
    const { page, problems } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, { timezoneId: 'UTC', viewport: DESKTOP });
    await consoleSectionTitle(page).waitFor(WAIT);
    // Nothing of the preparation is on the console itself.
    expect(await page.getByRole('form', { name: 'Add a section' }).count()).toBe(0);
    expect(await page.getByTestId('join-panel').count()).toBe(0);

    await focusNothing(page);
    await page.keyboard.press('p');
    const drawer = page.getByRole('dialog', { name: 'Prepare' });
    await drawer.waitFor(WAIT);
    const add = drawer.getByRole('form', { name: 'Add a section' });
    await add.getByLabel('New section').fill('What went well');
    await add.getByLabel('Kind').selectOption('went_well');
    await add.getByRole('button', { name: 'Add section' }).click();
    await expect
      .poll(async () => (await callApi<AgendaState>(server, 'agenda.get', { meetingId: meeting.id })).sections.at(-1), WAIT)
      .toMatchObject({
        title: 'What went well',
        kind: 'went_well',
      });
    // A perspective section says whose view it speaks for.
    await add.getByLabel('New section').fill('What observability saw');
    await add.getByLabel('Kind').selectOption('perspective');
    await add.getByLabel('Speaks for').selectOption({ label: 'Observability engineer' });
    await add.getByRole('button', { name: 'Add section' }).click();
    await expect
      .poll(async () => (await callApi<AgendaState>(server, 'agenda.get', { meetingId: meeting.id })).sections.at(-1), WAIT)
      .toMatchObject({
        title: 'What observability saw',
        kind: 'perspective',
        perspective: 'observability_engineer',
      });
    await add.getByLabel('Kind').selectOption('went_well');
    await page.screenshot({ path: screenshotPath('console-prepare.png') });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden', ...WAIT });
    await expect.poll(() => page.getByTestId('agenda-outline-item').last().textContent(), WAIT).toContain('What observability saw');

    expect(problems).toEqual([]);
  });
});
