import { REPORT_LAYOUT_DESCRIPTORS, type ReportLayout } from './layouts.ts';
import type { ReportDocument, ReportSection } from './nodes.ts';
import { singleLine } from './report-text.ts';
import { reportContext } from './sections/context.ts';
import { headerFacts, incidentDate, reportTitle, severityMeaning } from './sections/header.ts';
import { MEETING_SECTIONS } from './sections/meeting.ts';
import { PANEL_SECTIONS } from './sections/panel.ts';
import { PIR_SECTIONS } from './sections/pir.ts';
import type { SectionBuilder } from './sections/section-builder.ts';
import { WORKFLOW_SECTIONS } from './sections/workflow.ts';
import { fileBaseName } from './file-name.ts';
import { evidenceSection } from './sections/evidence.ts';
import { timelineAppendix } from './sections/timeline.ts';
import type { ReportSource } from './source.ts';
import { calendarDateAt } from '../time/zoned-time.ts';

const BUILDERS: Readonly<Record<ReportLayout, Readonly<Record<string, SectionBuilder>>>> = {
  pir: PIR_SECTIONS,
  meeting: MEETING_SECTIONS,
  workflow: WORKFLOW_SECTIONS,
  panel: PANEL_SECTIONS,
};

export interface BuildReportOptions {
  layout: ReportLayout;
  /** Section ids of the layout to include, shown in the layout's order; all when omitted. */
  sections?: readonly string[];
  /**
   * "Timeline: key moments only, full timeline as an appendix". With at least one starred event, the timeline lists
   * only the starred ones and an appendix at the end holds every event with its source; with none, no change.
   */
  keyMoments?: boolean;
}

/**
 * The report for one meeting in one layout: a pure function of the source (no clock, no locale), so the same meeting
 * always gives the same document. Every typed text is normalised first (see report-text.ts). Throws when `sections`
 * names a section the layout does not have.
 */
export function buildReport(source: ReportSource, options: BuildReportOptions): ReportDocument {
  const descriptor = REPORT_LAYOUT_DESCRIPTORS[options.layout];
  const builders = BUILDERS[options.layout];
  const wanted = options.sections === undefined ? null : new Set(options.sections);
  if (wanted !== null) {
    const unknown = [...wanted].filter((id) => !descriptor.sections.some((choice) => choice.id === id));
    if (unknown.length > 0) {
      const known = descriptor.sections.map((choice) => choice.id).join(', ');
      throw new Error(`The ${descriptor.label} layout has no section ${unknown.map((id) => `"${id}"`).join(', ')}; its sections are ${known}.`);
    }
  }

  const context = reportContext(source, options.keyMoments === true);
  const { meeting } = context.source;
  const included = descriptor.sections.filter((choice) => wanted === null || wanted.has(choice.id));
  const sections: ReportSection[] = included.map((choice) => {
    const build = builders[choice.id];
    if (build === undefined) throw new Error(`No builder for section "${choice.id}" of the ${descriptor.label} layout.`);
    return { id: choice.id, title: choice.title, nodes: build(context) };
  });

  const title = reportTitle(options.layout, context);
  const date = incidentDate(context) ?? (meeting.scheduledAt === null ? null : calendarDateAt(meeting.scheduledAt, context.timeZone));
  const keywords = [meeting.severity ?? '', singleLine(meeting.incidentId), 'post-incident review'].filter((word) => word !== '');
  const baseName = fileBaseName(singleLine(meeting.incidentId), date);
  const imagesFolder = `${baseName}-images`;
  // Evidence follows the layout's sections, each piece under the item it belongs to.
  const evidence = evidenceSection(context, source.evidence ?? [], imagesFolder);
  if (evidence) sections.push(evidence);
  // The full timeline last, when a timeline above shows only the key moments.
  const appendix = included.some((choice) => choice.showsTimeline === true) ? timelineAppendix(context) : null;
  if (appendix) sections.push(appendix);
  return {
    title,
    subtitle: meeting.title,
    severity: meeting.severity,
    severityMeaning: severityMeaning(meeting.severity),
    header: headerFacts(options.layout, context),
    sections,
    properties: { title, author: singleLine(meeting.author), subject: singleLine(meeting.title), keywords: keywords.join(', ') },
    fileBaseName: baseName,
    imagesFolder,
  };
}
