import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { callApi as call, openWatchedPage, pandocRead, screenshotPath, startServeProcess, useBrowserTestSession, type ServeProcess } from '../harness/index.ts';

/**
 * Issue 13: every report section can be written through the report panel before the meeting starts, while a section
 * of another kind runs, and after Finish, in each built-in agenda; what was written is in the Markdown and the DOCX.
 * The section ids and titles below are the seeds' (001's template, 003's report, 004's artifacts, 000's outputs).
 */

type Moment = 'before' | 'during' | 'after';
const MOMENTS: readonly Moment[] = ['before', 'during', 'after'];
const CLOCK: Record<Moment, string> = { before: '10:05', during: '10:20', after: '10:40' };

const panel = (page: Page): Locator => page.getByTestId('report-panel');
const sectionOf = (page: Page, id: string): Locator => panel(page).locator(`[data-section="${id}"]`);

async function openSection(page: Page, id: string): Promise<Locator> {
  const section = sectionOf(page, id);
  const toggle = section.locator('.report-section__toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await section.locator('.report-section__body').waitFor();
  return section;
}

/** Types into a saved-as-typed fact and leaves the field, which saves it. */
async function fillFact(scope: Locator, label: string, value: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}

async function addNote(scope: Locator, title: string, text: string): Promise<void> {
  const input = scope.getByRole('textbox', { name: `Add to ${title}`, exact: true });
  await input.fill(text);
  await input.press('Enter');
}

async function addCause(scope: Locator, text: string, kind: 'root' | 'contributing'): Promise<void> {
  await scope.getByLabel('New cause', { exact: true }).fill(text);
  await scope.getByLabel('Kind', { exact: true }).selectOption(kind);
  await scope.getByRole('button', { name: 'Add cause' }).click();
}

async function addAction(scope: Locator, title: string, owner: string): Promise<void> {
  await scope.getByLabel('New action item', { exact: true }).fill(title);
  await scope.getByLabel('Owner', { exact: true }).fill(owner);
  await scope.getByLabel('Due date', { exact: true }).fill('2026-12-20');
  await scope.getByLabel('New action item', { exact: true }).press('Enter');
}

async function addEvent(scope: Locator, line: string): Promise<void> {
  const input = scope.getByRole('combobox', { name: 'Quick entry', exact: true });
  await input.fill(line);
  await input.press('Enter');
}

async function addParticipant(scope: Locator, name: string, role: string, perspective = ''): Promise<void> {
  await scope.getByLabel('Name', { exact: true }).fill(name);
  await scope.getByLabel('Role', { exact: true }).selectOption(role);
  await scope.getByLabel('Perspective', { exact: true }).selectOption(perspective);
  await scope.getByRole('button', { name: 'Add participant' }).click();
}

/** What one moment writes into each section of a layout; returns the texts the exports must then hold. */
type Writer = (page: Page, moment: Moment) => Promise<string[]>;

const summaryText = (moment: Moment) => `Card payments failed for EU customers (${moment}). A config rollout cut the processor timeout.`;

const writeSummary = async (scope: Locator, moment: Moment) => {
  await fillFact(scope, 'Summary', summaryText(moment));
  return [];
};

const WRITERS: Record<string, Writer> = {
  summary: async (page, moment) => writeSummary(await openSection(page, 'summary'), moment),
  impact: async (page, moment) => {
    const section = await openSection(page, 'impact');
    await fillFact(section, 'Users affected', `12% of checkouts (${moment})`);
    await fillFact(section, 'SLO budget consumed', `40% of the monthly budget (${moment})`);
    await fillFact(section, 'Data loss', `No orders lost (${moment})`);
    return [];
  },
  timeline: async (page, moment) => {
    await addEvent(await openSection(page, 'timeline'), `${CLOCK[moment]} Checkout alert fired (${moment}) #detection`);
    return [`Checkout alert fired (${moment})`];
  },
  root_cause: async (page, moment) => {
    await addCause(await openSection(page, 'root_cause'), `Config changes skip load tests (${moment})`, 'root');
    return [`Config changes skip load tests (${moment})`];
  },
  contributing_factors: async (page, moment) => {
    await addCause(await openSection(page, 'contributing_factors'), `Alert waits five minutes (${moment})`, 'contributing');
    return [`Alert waits five minutes (${moment})`];
  },
  went_well: async (page, moment) => {
    await addNote(await openSection(page, 'went_well'), 'What went well', `The revert took two minutes (${moment})`);
    return [`The revert took two minutes (${moment})`];
  },
  could_improve: async (page, moment) => {
    await addNote(await openSection(page, 'could_improve'), 'What could be improved', `No runbook step for config reverts (${moment})`);
    return [`No runbook step for config reverts (${moment})`];
  },
  lessons: async (page, moment) => {
    await addNote(await openSection(page, 'lessons'), 'Lessons learned', `Config is as risky as code (${moment})`);
    return [`Config is as risky as code (${moment})`];
  },
  prevention: async (page, moment) => {
    await addNote(await openSection(page, 'prevention'), 'Prevention', `Canary every config change (${moment})`);
    return [`Canary every config change (${moment})`];
  },
  action_items: async (page, moment) => {
    await addAction(await openSection(page, 'action_items'), `Page when checkout errors exceed 2% (${moment})`, `@priya-${moment}`);
    return [`Page when checkout errors exceed 2% (${moment})`, `@priya-${moment}`];
  },
  meeting_details: async (page, moment) => {
    const section = await openSection(page, 'meeting_details');
    await fillFact(section, 'Meeting date', '2026-11-23T15:00');
    await addParticipant(section, `Priya Nair ${moment}`, 'facilitator');
    return [`Priya Nair ${moment}`];
  },
  additional_notes: async (page, moment) => {
    await addNote(await openSection(page, 'additional_notes'), 'Additional notes', `The processor settles at night (${moment})`);
    return [`The processor settles at night (${moment})`];
  },
  triage: async (page, moment) => {
    const section = await openSection(page, 'triage');
    await section.getByLabel('Severity', { exact: true }).selectOption('SEV2');
    await fillFact(section, 'Users affected', `EU card payments (${moment})`);
    await fillFact(section, 'Data loss', `None (${moment})`);
    await section.getByLabel('Service', { exact: true }).fill(`payment-gateway-${moment}`);
    await section.getByRole('button', { name: 'Add service' }).click();
    await fillFact(section, 'Initial hypothesis', `The processor was down (${moment})`);
    await addEvent(section, `${CLOCK[moment]} Checkout alert fired (${moment}) #detection`);
    return [`Checkout alert fired (${moment})`];
  },
  mitigation: async (page, moment) => {
    const section = await openSection(page, 'mitigation');
    await fillFact(section, 'Mitigation strategy', `Reverted the config rollout (${moment})`);
    await section.getByRole('button', { name: 'Add a metric' }).click();
    const row = await section.locator('.metrics-editor__table tbody tr').count();
    await section.getByLabel(`Metric of metric ${row}`, { exact: true }).fill(`Failure rate ${moment}`);
    await section.getByLabel(`Before of metric ${row}`, { exact: true }).fill('18 %');
    await section.getByLabel(`After of metric ${row}`, { exact: true }).fill('0.4 %');
    await section.getByLabel(`After of metric ${row}`, { exact: true }).blur();
    await fillFact(section, 'Residual risk', `Other timeouts unchecked (${moment})`);
    await addEvent(section, `${CLOCK[moment]} Config rollout reverted (${moment}) #mitigation`);
    return [`Config rollout reverted (${moment})`];
  },
  communication: async (page, moment) => {
    const section = await openSection(page, 'communication');
    await writeSummary(section, moment);
    await fillFact(section, 'Customer communication', `Status page updated (${moment})`);
    await fillFact(section, 'Next stakeholder update', '2026-11-20T12:00');
    await addParticipant(section, `Marco Rossi ${moment}`, 'stakeholder');
    return [`Marco Rossi ${moment}`];
  },
  root_cause_analysis: async (page, moment) => {
    const section = await openSection(page, 'root_cause_analysis');
    await addCause(section, `Config changes skip load tests (${moment})`, 'root');
    await addEvent(section, `${CLOCK[moment]} Timeout lowered to 3 s (${moment}) #trigger`);
    await addNote(section, 'Systemic factors', `No review for config changes (${moment})`);
    return [`Config changes skip load tests (${moment})`, `Timeout lowered to 3 s (${moment})`, `No review for config changes (${moment})`];
  },
  post_mortem: async (page, moment) => {
    const section = await openSection(page, 'post_mortem');
    await writeSummary(section, moment);
    await addNote(section, 'What went well', `The revert took two minutes (${moment})`);
    await addNote(section, 'What went poorly', `Detection took six minutes (${moment})`);
    await addNote(section, 'Lessons learned', `Config is as risky as code (${moment})`);
    await addAction(section, `Page when checkout errors exceed 2% (${moment})`, `@priya-${moment}`);
    return [
      `The revert took two minutes (${moment})`,
      `Detection took six minutes (${moment})`,
      `Config is as risky as code (${moment})`,
      `Page when checkout errors exceed 2% (${moment})`,
    ];
  },
  action_tracker: async (page, moment) => {
    await addAction(await openSection(page, 'action_tracker'), `Add a canary stage to config rollouts (${moment})`, `@marco-${moment}`);
    return [`Add a canary stage to config rollouts (${moment})`, `@marco-${moment}`];
  },
  participants: async (page, moment) => {
    await addParticipant(await openSection(page, 'participants'), `Dana Lee ${moment}`, 'responder', 'incident_commander');
    return [`Dana Lee ${moment}`];
  },
  perspectives: async (page, moment) => {
    const section = await openSection(page, 'perspectives');
    const perspective = { before: 'sre', during: 'debugger', after: 'systems_architect' }[moment];
    const list = section.locator(`[data-testid$="-notes-perspective_finding-${perspective}-gap"]`);
    await addNote(list, 'Gaps', `No alert on processor latency (${moment})`);
    await list.getByLabel(`Severity of “No alert on processor latency (${moment})”`).selectOption('major');
    await addParticipant(panel(page).getByTestId('report-details'), `Alex Kim ${moment}`, 'responder', perspective);
    return [`No alert on processor latency (${moment})`, `Alex Kim ${moment}`];
  },
  consolidated: async (page, moment) => {
    const section = await openSection(page, 'consolidated');
    await writeSummary(section, moment);
    await addCause(section, `Config changes skip load tests (${moment})`, 'root');
    await addNote(section, 'What went well', `The revert took two minutes (${moment})`);
    await addAction(section, `Page when checkout errors exceed 2% (${moment})`, `@priya-${moment}`);
    await addNote(section, 'Systemic improvements', `Review every timeout change (${moment})`);
    return [
      `Config changes skip load tests (${moment})`,
      `The revert took two minutes (${moment})`,
      `Page when checkout errors exceed 2% (${moment})`,
      `Review every timeout change (${moment})`,
    ];
  },
  conflicts: async (page, moment) => {
    const input = (await openSection(page, 'conflicts')).getByRole('textbox', { name: 'Add a conflicting recommendation (topic)' });
    await input.fill(`Retries on the payment client (${moment})`);
    await input.press('Enter');
    return [`Retries on the payment client (${moment})`];
  },
};

/** The last value written into each single-value fact the layout prints. */
const FINAL_FACTS: Record<string, string[]> = {
  pir: [summaryText('after'), '12% of checkouts (after)', '40% of the monthly budget (after)', 'No orders lost (after)'],
  meeting: [summaryText('after'), '12% of checkouts (after)', '2026-11-23'],
  workflow: [
    summaryText('after'),
    'EU card payments (after)',
    'None (after)',
    'Status page updated (after)',
    'payment-gateway-before',
    'payment-gateway-after',
    'The processor was down (after)',
    'Reverted the config rollout (after)',
    'Failure rate after',
    'Other timeouts unchecked (after)',
    '2026-11-20',
  ],
  panel: [summaryText('after')],
};

const TEMPLATES = [
  {
    templateId: 'blameless-60',
    layout: 'pir',
    sections: ['summary', 'impact', 'timeline', 'root_cause', 'contributing_factors', 'went_well', 'could_improve', 'action_items', 'lessons', 'prevention'],
  },
  {
    templateId: 'full-105',
    layout: 'meeting',
    sections: ['meeting_details', 'summary', 'impact', 'timeline', 'root_cause', 'went_well', 'could_improve', 'action_items', 'additional_notes'],
  },
  {
    templateId: 'incident-workflow',
    layout: 'workflow',
    sections: ['triage', 'mitigation', 'communication', 'root_cause_analysis', 'post_mortem', 'action_tracker'],
  },
  { templateId: 'panel', layout: 'panel', sections: ['participants', 'perspectives', 'consolidated', 'conflicts'] },
] as const;

const exportDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Export report' });

async function exportedTexts(page: Page, file: (name: string) => string): Promise<{ markdown: string; docx: string }> {
  await page.getByRole('button', { name: /Export report…/ }).click();
  const preview = exportDialog(page).getByTestId('export-preview');
  await preview.waitFor();
  await expect.poll(async () => ((await preview.textContent()) ?? '').length).toBeGreaterThan(0);
  const markdown = (await preview.textContent()) ?? '';
  await exportDialog(page)
    .getByRole('radio', { name: /Word document/ })
    .check();
  await exportDialog(page).getByRole('heading', { name: 'Content outline' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog(page).getByRole('button', { name: 'Save', exact: true }).click()]);
  const docxFile = file(download.suggestedFilename());
  await download.saveAs(docxFile);
  expect(fs.existsSync(docxFile)).toBe(true);
  const docx = (await pandocRead(docxFile)).text;
  await exportDialog(page).getByRole('button', { name: 'Close', exact: true }).click();
  return { markdown, docx };
}

async function allSaved(server: ServeProcess, meetingId: string, page: Page): Promise<void> {
  // Every row written through the panel has left its "saving" state, and the facts have no unsaved typing.
  await expect.poll(() => page.locator('.entry-status[data-status="saving"]').count()).toBe(0);
  await call<Meeting>(server, 'meetings.get', { id: meetingId });
}

describe('the report panel: every section written before, during and after the meeting, in every agenda', () => {
  const session = useBrowserTestSession();

  it.each(TEMPLATES)('$templateId agenda, $layout layout', async ({ templateId, layout, sections }) => {
    const temp = session.newTempDir();
    const server = await startServeProcess(['--port', '0', '--db', temp.file('debrief.sqlite')]);
    const meeting = await call<Meeting>(server, 'meetings.create', { title: 'Checkout outage', incidentId: 'INC-5150', templateId, timeZone: 'UTC' });
    const { page } = await openWatchedPage(session.browser, `${server.url}#/meetings/${meeting.id}`, {
      timezoneId: 'UTC',
      colorScheme: 'light',
      acceptDownloads: true,
      viewport: { width: 1366, height: 768 },
    });
    await page.getByRole('heading', { level: 1, name: 'Checkout outage' }).waitFor();
    await panel(page).getByRole('button', { name: 'Write the report' }).click();
    // The agenda's own document is the layout until another is chosen (001, 003, 004 and 000 each have one).
    expect(await panel(page).getByLabel('Layout', { exact: true }).inputValue()).toBe(layout);
    await panel(page).getByLabel('Layout', { exact: true }).selectOption(layout);
    // The outline is the layout's, as the seeds name its sections.
    await expect
      .poll(() =>
        panel(page)
          .locator('[data-testid="report-section"]')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-section'))),
      )
      .toEqual([...sections]);

    // Nothing is written yet: each section is empty, and its readiness check goes to the section's first field.
    const firstSection = sections[0];
    const firstCheck = panel(page).locator(`[data-testid="readiness-check"][data-key="empty-section:${layout}:${firstSection}"]`);
    await firstCheck.getByRole('button', { name: /^Go to it/ }).click();
    await expect.poll(() => sectionOf(page, firstSection).locator(':focus').count()).toBe(1);
    // A check the room decides does not apply is cleared, and can be brought back.
    const clearable = panel(page).locator('[data-testid="readiness-check"][data-key="no-actions"]');
    await clearable.getByRole('button', { name: /^Clear/ }).click();
    await expect.poll(() => clearable.count()).toBe(0);
    await panel(page).getByRole('button', { name: '1 cleared check' }).click();
    await panel(page)
      .getByRole('button', { name: /^Bring back/ })
      .click();
    await expect.poll(() => clearable.count()).toBe(1);

    const expected: string[] = [];
    for (const moment of MOMENTS) {
      if (moment === 'during') {
        await page.getByRole('button', { name: /^Start meeting/ }).click();
        await expect.poll(() => page.locator('.clock-panel').getAttribute('data-status')).toBe('running');
        // The current agenda section brings its part of the report forward (marked, opened) and hides nothing.
        if (layout === 'meeting') {
          await expect.poll(() => sectionOf(page, 'meeting_details').getAttribute('aria-current')).toBe('step');
          expect(await sectionOf(page, 'meeting_details').locator('.report-section__toggle').getAttribute('aria-expanded')).toBe('true');
        }
        expect(await panel(page).locator('[data-testid="report-section"]').count()).toBe(sections.length);
      }
      if (moment === 'after') {
        await page.getByRole('button', { name: 'Finish the meeting' }).click();
        if (layout === 'workflow') {
          // Finishing on the triage gate, still undecided, takes a confirmation, and the report says so.
          const confirm = page.getByRole('dialog', { name: 'Finish on “Triage” without a decision?' });
          await confirm.getByLabel('Reason (optional)').fill('Triage is decided at the follow-up');
          await confirm.getByRole('button', { name: 'Finish without a decision' }).click();
          expected.push('Triage: passed without a decision at', 'Triage is decided at the follow-up');
        }
        await expect.poll(() => page.locator('.clock-panel').getAttribute('data-status')).toBe('finished');
      }
      for (const id of sections) {
        const writer = WRITERS[id];
        if (!writer) throw new Error(`no writer for ${id}`);
        expected.push(...(await writer(page, moment)));
      }
      await fillFact(panel(page).getByTestId('report-details'), 'Follow-up review on', '2026-12-23');
      await allSaved(server, meeting.id, page);
      if (moment === 'during') await page.screenshot({ path: screenshotPath(`report-panel-${templateId}.png`) });
    }

    // Every section is written: none is left empty.
    await expect.poll(() => panel(page).locator('[data-testid="report-section"][data-status="empty"]').count()).toBe(0);
    const stored = await call<Meeting>(server, 'meetings.get', { id: meeting.id });
    expect(stored.followUpReviewOn).toBe('2026-12-23');
    if (layout === 'workflow') {
      expect(stored.servicesAffected).toEqual(['payment-gateway-before', 'payment-gateway-during', 'payment-gateway-after']);
      expect(stored.initialHypothesis).toBe('The processor was down (after)');
      expect(stored.mitigationStrategy).toBe('Reverted the config rollout (after)');
      expect(stored.metrics.map((metric) => metric.metric)).toEqual(['Failure rate before', 'Failure rate during', 'Failure rate after']);
      expect(stored.residualRisk).toBe('Other timeouts unchecked (after)');
      expect(stored.nextUpdateAt).toBe(Date.parse('2026-11-20T12:00:00Z'));
    }

    // A vague item is pointed out, and "Go to it" puts the cursor in that item's wording.
    if (layout === 'pir') {
      await addAction(await openSection(page, 'action_items'), 'Improve monitoring', '@alex');
      const vague = panel(page).locator('[data-testid="readiness-check"][data-key^="vague:"]');
      await vague.getByRole('button', { name: /^Go to it/ }).click();
      await expect
        .poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { value?: string } | null } }).document.activeElement?.value))
        .toBe('Improve monitoring');
      await page.screenshot({ path: screenshotPath('report-panel.png') });
    }

    // Owners are offered from the participants; any other name can still be typed.
    if (layout === 'meeting') {
      const offered = await sectionOf(page, 'action_items')
        .locator('datalist option')
        .evaluateAll((options) => options.map((option) => option.getAttribute('value')));
      expect(offered).toEqual(['Priya Nair before', 'Priya Nair during', 'Priya Nair after']);
    }

    // The outline alone, every section closed: each marked with how far it is written.
    const open = panel(page).locator('.report-section__toggle[aria-expanded="true"]');
    while ((await open.count()) > 0) await open.first().click();
    await panel(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`report-panel-outline-${layout}.png`) });

    const { markdown, docx } = await exportedTexts(page, (name) => temp.file(name));
    // The 30-day follow-up review date is printed in every layout.
    for (const text of [...expected, ...FINAL_FACTS[layout]!, '2026-12-23']) {
      expect(markdown, `Markdown holds ${text}`).toContain(text);
      expect(docx.replace(/\s+/g, ' '), `DOCX holds ${text}`).toContain(text);
    }
  });
});
