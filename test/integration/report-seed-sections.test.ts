import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/shared/report/build-report.ts';
import { writeDocx } from '../../src/shared/report/docx/write-docx.ts';
import type { ReportLayout } from '../../src/shared/report/layouts.ts';
import { writeMarkdown } from '../../src/shared/report/markdown/write-markdown.ts';
import { realisticReportSource } from '../fixtures/report-sources.ts';
import { cmarkGfmRead, MARK, pandocRead, useTempDir, type Block } from '../harness/index.ts';

/*
 * The headings each layout must print, copied from the process documents the layouts follow (not from layouts.ts):
 * seed 001's report template (pir), seed 003's post-mortem report template (meeting), seed 004's artifacts INC-1 to
 * INC-6 (workflow) and seed 000's output format (panel). Compared ignoring case, hyphens and apostrophe style, since
 * the report writes "Short term" where the seed writes "Short-Term". Each layout is checked in the Markdown (read by
 * cmark-gfm) and the DOCX (read by pandoc).
 */
const SEED_HEADINGS: Readonly<Record<ReportLayout, readonly string[]>> = {
  // Seed 001, "Outputs Required".
  pir: [
    'Executive Summary',
    'Impact',
    'Timeline',
    'Root Cause',
    'Contributing Factors',
    'What Went Well',
    'What Could Be Improved',
    'Action Items',
    'Lessons Learned',
    'Prevention',
  ],
  // Seed 003, "Meeting Details" and the "Post-Mortem Report Template".
  meeting: [
    'Meeting Details',
    'Participants',
    'Incident Summary',
    'Timeline of Events',
    'Root Cause(s)',
    'What Went Well',
    'What Could Be Improved',
    'Action Items',
    'Additional Notes',
  ],
  // Seed 004: INC-1 Triage Assessment, INC-2 Mitigation Report, INC-3 Stakeholder Communication, INC-4 Root Cause
  // Analysis, INC-5 Post-Mortem Report, INC-6 Action Item Tracker.
  workflow: [
    'Severity',
    'Impact',
    'Status',
    'Timeline',
    'Initial Hypothesis',
    'Immediate Actions Needed',
    'Mitigation Strategy',
    'Steps Taken',
    'Current Status',
    'Metrics',
    'Residual Risk',
    'Audience',
    'Message',
    'What Happened',
    'Current Status',
    "What We're Doing",
    'Next Update',
    'Detailed Timeline',
    'Triggering Event',
    'Causal Chain',
    'Root Cause',
    'Contributing Factors',
    'Systemic Factors',
    'Incident Summary',
    'What Went Well',
    'What Went Poorly',
    'Lessons Learned',
    'Recommended Action Items',
    'Quick Wins',
    'Short-Term',
    'Long-Term',
  ],
  // Seed 000: Participants, "Per Participant" (a perspective's name, then its three lists), "Consolidated", and
  // the conflict resolution.
  panel: [
    'Participants',
    'Incident Commander',
    'Contributing factors',
    'Gaps',
    'Recommended improvements',
    'Incident summary',
    'Root cause(s)',
    'Contributing factors',
    'What went well',
    'Action items',
    'Systemic improvements',
    'Conflicting recommendations',
  ],
};

/** The table headers the seeds draw: 001's timeline and action tables, with the phase column the issue adds. */
const TIMELINE_HEADER = ['Time', 'Event', 'Actor', 'Phase'];
const ACTION_HEADER_START = ['#', 'Action', 'Owner', 'Priority', 'Due', 'Status'];

/**
 * What the realistic review captured (test/fixtures/report-sources.ts), as each layout must show it. Times are the
 * meeting's zone (Europe/Berlin, GMT+1 in November); durations and dates as the issue asks.
 */
const EVERY_LAYOUT = ['Follow-up review: 2026-12-24', 'Duration: 1 h 26 min'];
const PARTICIPANTS = ['Priya Nair — Responder, observability engineer perspective', 'Sam Okafor — Stakeholder'];
const EXPECTED_VALUES: Readonly<Record<ReportLayout, readonly string[]>> = {
  pir: [...EVERY_LAYOUT, 'Answers not yet classified', 'The nightly config rollout lowered the timeout from 30 s to 3 s', 'Quick win', 'Runbook'],
  meeting: [...EVERY_LAYOUT, ...PARTICIPANTS, 'Meeting date: 2026-11-23 10:00 (GMT+1)', 'Date and time of incident: 2026-11-20 00:38 to 02:05 (GMT+1)'],
  workflow: [
    ...EVERY_LAYOUT,
    'Services affected: payment-gateway, checkout-api',
    'The card processor was having an outage of its own',
    'Revert the nightly config rollout to restore the 30 s timeout, then replay failed orders from the retry queue',
    'Card payment failure rate — 18 % → 0.4 %',
    'Gateway p99 latency — 3.0 s → 4.8 s',
    'Any other timeout set below the processor’s settlement-window latency would fail the same way',
    'Sam Okafor',
    '2026-11-20 03:00 (GMT+1)',
    'Triage: Approved — Severity and scope agreed',
    'Mitigation: Revise — Bring the latency numbers from before the revert',
    'Root cause: passed without a decision at 2026-11-20 16:40 — Out of time; the panel decides on Friday',
    'Post-mortem: Approved',
    'Answers not yet classified',
  ],
  panel: [
    ...EVERY_LAYOUT,
    ...PARTICIPANTS,
    'Speaking for this perspective: Mara Jansen',
    '[Critical] No SLO burn-rate alert on checkout; only a fixed threshold',
    '[Major] The timeout change was not treated as a risky change because it came through config',
    // A recommendation has no severity on the seed's scale, so it reads as typed.
    'Add a multi-window burn-rate alert on checkout availability',
  ],
};

const normal = (text: string) => text.replace(/[‘’]/g, "'").replace(/-/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** Each expected heading found among the headings, in order (a heading may open with it, as "Quick wins (this week)"). */
function missingInOrder(headings: readonly string[], expected: readonly string[]): string[] {
  const found = headings.map(normal);
  const missing: string[] = [];
  let from = 0;
  for (const want of expected) {
    const at = found.findIndex((heading, index) => index >= from && (heading === normal(want) || heading.startsWith(`${normal(want)} (`)));
    if (at < 0) missing.push(want);
    else from = at + 1;
  }
  return missing;
}

const blockText = (block: Block): string => {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'table':
      return [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n');
  }
};

const LAYOUTS = Object.keys(SEED_HEADINGS) as ReportLayout[];

describe('each layout prints the sections of its seed and what was captured', () => {
  const temp = useTempDir('debrief-seed-sections-', 'file');
  const docxText = new Map<ReportLayout, Awaited<ReturnType<typeof pandocRead>>>();

  beforeAll(async () => {
    for (const layout of LAYOUTS) {
      const file = temp.file(`${layout}.docx`);
      fs.writeFileSync(file, await writeDocx(buildReport(realisticReportSource(), { layout })));
      docxText.set(layout, await pandocRead(file));
    }
  }, 120_000);

  describe.each(LAYOUTS)('%s layout', (layout) => {
    const markdown = () => cmarkGfmRead(writeMarkdown(buildReport(realisticReportSource(), { layout }))).blocks;

    it('Markdown: the seed’s headings, in order', () => {
      const headings = markdown().flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
      expect(missingInOrder(headings, SEED_HEADINGS[layout])).toEqual([]);
    });

    it('Markdown: the timeline with its phase column and the action table with its seed columns', () => {
      const tables = markdown().filter((block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table');
      const timeline = tables.filter((table) => table.header[0] === 'Time');
      const actions = tables.filter((table) => table.header[0] === '#');
      if (layout !== 'panel') expect(timeline.map((table) => table.header)).toEqual([TIMELINE_HEADER]);
      for (const table of timeline) expect(table.rows.map((row) => row[3])).toContain('Mitigation');
      if (layout !== 'workflow') expect(actions.map((table) => table.header.slice(0, 6))).toEqual([ACTION_HEADER_START]);
    });

    it('Markdown: the captured values', () => {
      const text = markdown()
        .map(blockText)
        .join('\n')
        .replace(new RegExp(`${MARK}[SsEe]`, 'g'), '');
      for (const value of EXPECTED_VALUES[layout]) expect(text, value).toContain(value);
      expect(text).not.toMatch(/\b\d+ d\b/);
    });

    it('DOCX: the seed’s headings and the captured values', () => {
      const reading = docxText.get(layout);
      if (!reading) throw new Error(`no DOCX for ${layout}`);
      const lines = reading.text.split('\n').map((line) => line.trim());
      expect(missingInOrder(lines, SEED_HEADINGS[layout])).toEqual([]);
      const flat = reading.text.replace(/\s+/g, ' ');
      // The header facts are a two-column table (label, value) in the DOCX: read as "Label: value", like the Markdown.
      const cells = reading.tables.flatMap((table) => [...table.head, ...table.body].map((row) => row.join(row.length === 2 ? ': ' : ' | '))).join('\n');
      for (const value of EXPECTED_VALUES[layout]) expect(`${flat}\n${cells}`, value).toContain(value.replace(/\s+/g, ' '));
      if (layout !== 'panel') expect(reading.tables.some((table) => table.head[0]?.join('|') === TIMELINE_HEADER.join('|'))).toBe(true);
    });
  });
});
