import { describe, expect, it } from 'vitest';
import type { EffectivenessResult } from '../../../../src/shared/domain/effectiveness.ts';
import { buildReport } from '../../../../src/shared/report/build-report.ts';
import { REPORT_LAYOUTS } from '../../../../src/shared/report/layouts.ts';
import { reportReadiness } from '../../../../src/shared/report/readiness.ts';
import type { ReportSource } from '../../../../src/shared/report/source.ts';
import { realisticReportSource } from '../../../fixtures/report-sources.ts';

const RECORDED = Date.UTC(2026, 11, 1, 23, 30);

function checked(source: ReportSource, results: Array<Pick<EffectivenessResult, 'outcome' | 'note'> | null>): ReportSource {
  const effectiveness = source.actions.flatMap((action, index) => {
    const result = results[index];
    return result ? [{ actionItemId: action.id, meetingId: source.meeting.id, recordedAt: RECORDED, ...result }] : [];
  });
  return { ...source, effectiveness };
}

const effectivenessSection = (source: ReportSource, layout: (typeof REPORT_LAYOUTS)[number] = 'pir') =>
  buildReport(source, { layout }).sections.find((section) => section.id === 'effectiveness');

describe('the report’s Effectiveness section', () => {
  it.each(REPORT_LAYOUTS)('is in the %s layout, saying plainly when no effectiveness review has been held', (layout) => {
    const section = effectivenessSection(realisticReportSource(), layout);
    expect(section?.title).toBe('Effectiveness');
    expect(section?.nodes).toEqual([{ type: 'empty', text: 'No effectiveness review has been held yet.' }]);
  });

  it('lists every action item: done from its status, whether it worked, the note, and the date recorded in the meeting’s zone', () => {
    const source = realisticReportSource();
    expect(source.actions.length).toBeGreaterThanOrEqual(3);
    const done = {
      ...source,
      actions: source.actions.map((action, index) => (index === 0 ? { ...action, status: 'done' as const } : { ...action, status: 'open' as const })),
    };
    const results = [{ outcome: 'prevented' as const, note: '  No repeat\u0000 since  ' }, { outcome: null, note: 'Owner away' }, null];
    const section = effectivenessSection(checked(done, results));
    const [summary, table] = section?.nodes ?? [];
    expect(summary).toEqual({ type: 'paragraph', text: `2 of ${source.actions.length} action items checked: 1 prevented recurrence.` });
    expect(table).toMatchObject({ type: 'table' });
    if (table?.type !== 'table') return;
    expect(table.columns.map((column) => column.title)).toEqual(['#', 'Action', 'Done', 'Did it work', 'Note', 'Recorded']);
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: source.meeting.timeZone }).format(RECORDED);
    expect(table.rows[0]?.slice(2)).toEqual(['Done', 'Prevented recurrence', expect.stringContaining('No repeat'), date]);
    expect(table.rows[1]?.slice(2)).toEqual(['Not done', 'Not said', 'Owner away', date]);
    expect(table.rows[2]?.slice(2)).toEqual(['Not done', 'Not checked', '', '']);
    expect(table.rows).toHaveLength(source.actions.length);
  });

  it('is not asked for by the readiness checks before the report is shared', () => {
    const findings = reportReadiness({ layout: 'pir', source: realisticReportSource(), today: '2026-11-23', dismissed: [] });
    expect(findings.some((finding) => finding.sectionId === 'effectiveness')).toBe(false);
  });
});
