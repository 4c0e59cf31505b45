import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report/build-report.ts';
import type { ReportDocument, ReportNode } from '../../../../src/shared/report/nodes.ts';
import type { ReportSource } from '../../../../src/shared/report/source.ts';
import { REPORT_LAYOUTS } from '../../../../src/shared/report/layouts.ts';
import { realisticReportSource } from '../../../fixtures/report-sources.ts';

/**
 * Issue 17, "Key moments": events can be starred; the report can then show only the key moments in its timeline,
 * with the full timeline (each event with its source) as an appendix at the end. With nothing starred, the report
 * is unchanged.
 */

/** The realistic review (12 events, Berlin time), three of them starred and some imported from Slack and Alertmanager. */
function starredSource(): ReportSource {
  const source = realisticReportSource();
  source.timeline = source.timeline.map((event, index) => {
    if (index === 2) return { ...event, source: 'alertmanager_import', origin: 'checkout-alerts', keyMoment: true };
    if (index === 3) return { ...event, source: 'slack_import', origin: '#incident-2041' };
    if (index === 4 || index === 7) return { ...event, keyMoment: true };
    return event;
  });
  return source;
}

const sectionOf = (doc: ReportDocument, id: string) => {
  const found = doc.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const tablesOf = (nodes: ReportNode[]) => nodes.flatMap((node) => (node.type === 'table' ? [node] : []));
const paragraphsOf = (nodes: ReportNode[]) => nodes.flatMap((node) => (node.type === 'paragraph' ? [node.text] : []));

describe('report: key moments only, full timeline as an appendix', () => {
  it('lists only the starred events in the timeline section and says where the rest is', () => {
    const doc = buildReport(starredSource(), { layout: 'pir', keyMoments: true });
    const timeline = sectionOf(doc, 'timeline');
    expect(paragraphsOf(timeline.nodes)).toEqual([
      'Key moments only: 3 key moments of 12 events. The full timeline is in the appendix at the end.',
      'Times are in Europe/Berlin (GMT+1).',
    ]);
    const [table] = tablesOf(timeline.nodes);
    expect(table?.columns.map((column) => column.title)).toEqual(['Time', 'Event', 'Actor', 'Phase']);
    expect(table?.rows).toEqual([
      ['00:47:00', 'Page fires: checkout success rate below 95 % for 5 minutes', 'Alertmanager', 'Detection'],
      ['00:58:00', 'Incident declared SEV2; incident commander assigned', 'Jonas Weber', 'Response'],
      ['01:21:30', 'Config rollout reverted; timeout back to 30 s', 'Mara Jansen', 'Mitigation'],
    ]);
  });

  it('ends with the appendix: every event, its source, and which are key moments', () => {
    const doc = buildReport(starredSource(), { layout: 'pir', keyMoments: true });
    const last = doc.sections[doc.sections.length - 1];
    expect(last?.id).toBe('timeline_appendix');
    expect(last?.title).toBe('Appendix: Full timeline');
    const [table] = tablesOf(last?.nodes ?? []);
    expect(table?.columns.map((column) => column.title)).toEqual(['Time', 'Event', 'Actor', 'Phase', 'Source', 'Key moment']);
    expect(table?.columns.reduce((sum, column) => sum + column.width, 0)).toBe(100);
    expect(table?.rows).toHaveLength(12);
    expect(table?.rows.map((row) => row[0])).toEqual([
      '00:38:12',
      '00:41:00',
      '00:47:00',
      '00:52:00',
      '00:58:00',
      '01:06:00',
      '01:14:00',
      '01:21:30',
      '01:29:00',
      '01:45:00',
      '02:05:00',
      '02:40:00',
    ]);
    expect(table?.rows[2]?.slice(4)).toEqual(['Alertmanager · checkout-alerts', 'Yes']);
    expect(table?.rows[3]?.slice(4)).toEqual(['Slack · #incident-2041', '']);
    expect(table?.rows[0]?.slice(4)).toEqual(['Typed', '']);
    expect(table?.rows.filter((row) => row[5] === 'Yes').map((row) => row[0])).toEqual(['00:47:00', '00:58:00', '01:21:30']);
    expect(paragraphsOf(last?.nodes ?? [])).toEqual(['Every recorded event (12 events), with the source it came from. Times are in Europe/Berlin (GMT+1).']);
  });

  it('puts the appendix after every other section, the evidence included', () => {
    const without = buildReport(starredSource(), { layout: 'meeting' });
    const withOption = buildReport(starredSource(), { layout: 'meeting', keyMoments: true });
    expect(withOption.sections.map((section) => section.id)).toEqual([...without.sections.map((section) => section.id), 'timeline_appendix']);
  });

  it.each(REPORT_LAYOUTS)('%s: leaves the report unchanged when no event is starred', (layout) => {
    const source = realisticReportSource();
    expect(buildReport(source, { layout, keyMoments: true })).toEqual(buildReport(source, { layout }));
  });

  it.each(REPORT_LAYOUTS)('%s: leaves the report unchanged when the option is off, starred events or not', (layout) => {
    const doc = buildReport(starredSource(), { layout, keyMoments: false });
    expect(doc).toEqual(buildReport(starredSource(), { layout }));
    expect(doc.sections.some((section) => section.id === 'timeline_appendix')).toBe(false);
  });

  it('workflow: the triage timeline and the detailed timeline show the key moments', () => {
    const doc = buildReport(starredSource(), { layout: 'workflow', keyMoments: true });
    const triage = sectionOf(doc, 'triage').nodes;
    const triageTimeline = triage.slice(triage.findIndex((node) => node.type === 'heading' && node.text === 'Timeline'));
    expect(triageTimeline[1]).toEqual({
      type: 'paragraph',
      text: 'Key moments only: 3 key moments of 12 events. The full timeline is in the appendix at the end.',
    });
    expect(triageTimeline[2]).toEqual({
      type: 'list',
      ordered: false,
      items: [
        '00:47:00 — Page fires: checkout success rate below 95 % for 5 minutes (Alertmanager)',
        '00:58:00 — Incident declared SEV2; incident commander assigned (Jonas Weber)',
        '01:21:30 — Config rollout reverted; timeout back to 30 s (Mara Jansen)',
      ],
    });
    expect(tablesOf(sectionOf(doc, 'root_cause_analysis').nodes)[0]?.rows).toHaveLength(3);
    expect(doc.sections[doc.sections.length - 1]?.id).toBe('timeline_appendix');
  });

  it('adds no appendix when no chosen section shows the timeline', () => {
    const source = starredSource();
    const panel = buildReport(source, { layout: 'panel', keyMoments: true });
    expect(panel).toEqual(buildReport(source, { layout: 'panel' }));
    const noTimeline = buildReport(source, { layout: 'pir', sections: ['summary', 'action_items'], keyMoments: true });
    expect(noTimeline).toEqual(buildReport(source, { layout: 'pir', sections: ['summary', 'action_items'] }));
  });

  it('one starred event: counted in the singular', () => {
    const source = realisticReportSource();
    source.timeline = source.timeline.map((event, index) => (index === 0 ? { ...event, keyMoment: true } : event));
    const doc = buildReport(source, { layout: 'pir', keyMoments: true });
    expect(paragraphsOf(sectionOf(doc, 'timeline').nodes)[0]).toBe(
      'Key moments only: 1 key moment of 12 events. The full timeline is in the appendix at the end.',
    );
    expect(tablesOf(sectionOf(doc, 'timeline').nodes)[0]?.rows).toHaveLength(1);
  });

  it('cleans an origin as typed text: control characters go, right-to-left text stays', () => {
    const source = starredSource();
    source.timeline[5] = { ...source.timeline[5]!, source: 'slack_import', origin: '#\u0007حادثة-42' };
    const doc = buildReport(source, { layout: 'pir', keyMoments: true });
    const appendix = tablesOf(sectionOf(doc, 'timeline_appendix').nodes)[0];
    expect(appendix?.rows[5]?.[4]).toBe('Slack · #حادثة-42');
  });
});
