import {
  DEFAULT_REPORT_LAYOUT,
  REPORT_FORMATS,
  REPORT_LAYOUT_DESCRIPTORS,
  REPORT_LAYOUTS,
  type ReportFormat,
  type ReportLayout,
  type ReportSectionChoice,
} from '../../../shared/report/layouts.ts';

/** What the export dialog is set to: the layout, the file format and the layout's sections that are ticked. */
export interface ExportChoice {
  layout: ReportLayout;
  format: ReportFormat;
  /** Ids of the ticked sections, always in the layout's document order. */
  sections: readonly string[];
  /** Timeline: key moments only, with the full timeline as an appendix (see BuildReportOptions.keyMoments). */
  keyMoments: boolean;
}

/** What the dialog remembers for a meeting. */
export interface RememberedChoice {
  layout: ReportLayout;
  format: ReportFormat;
  keyMoments?: boolean;
}

export function sectionChoices(layout: ReportLayout): readonly ReportSectionChoice[] {
  return REPORT_LAYOUT_DESCRIPTORS[layout].sections;
}

const allOf = (layout: ReportLayout): string[] => sectionChoices(layout).map((choice) => choice.id);

/** The last choice for the meeting, else its agenda's layout (see layoutForTemplate), as Markdown with every section. */
export function initialChoice(remembered: RememberedChoice | null = null, fallback: ReportLayout = DEFAULT_REPORT_LAYOUT): ExportChoice {
  const layout = remembered?.layout ?? fallback;
  return { layout, format: remembered?.format ?? 'md', sections: allOf(layout), keyMoments: remembered?.keyMoments === true };
}

/** An archive holds the whole meeting whatever the layout; only the report formats can leave sections out. */
export function sectionsApply(format: ReportFormat): boolean {
  return format !== 'json';
}

/** A new layout has its own sections; all of them start ticked. */
export function withLayout(choice: ExportChoice, layout: ReportLayout): ExportChoice {
  return layout === choice.layout ? choice : { ...choice, layout, sections: allOf(layout) };
}

export function withFormat(choice: ExportChoice, format: ReportFormat): ExportChoice {
  return { ...choice, format };
}

export function withSection(choice: ExportChoice, sectionId: string, ticked: boolean): ExportChoice {
  const wanted = new Set(choice.sections);
  if (ticked) wanted.add(sectionId);
  else wanted.delete(sectionId);
  return { ...choice, sections: allOf(choice.layout).filter((id) => wanted.has(id)) };
}

export function withKeyMoments(choice: ExportChoice, keyMoments: boolean): ExportChoice {
  return { ...choice, keyMoments };
}

/**
 * What the key-moments option says under it, for the meeting's timeline and the chosen sections: how many events are
 * starred, or why the option changes nothing (no event starred, no timeline among the sections).
 */
export function keyMomentsHint(choice: ExportChoice, timeline: readonly { keyMoment: boolean }[]): string {
  const starred = timeline.filter((event) => event.keyMoment).length;
  if (starred === 0) return 'No event is starred as a key moment, so the report shows the whole timeline. Star events on the timeline to use this.';
  const showsTimeline = sectionChoices(choice.layout).some((section) => section.showsTimeline === true && choice.sections.includes(section.id));
  if (!showsTimeline) return 'None of the ticked sections shows the timeline, so this changes nothing.';
  const of = `${starred.toLocaleString('en-US')} of ${timeline.length.toLocaleString('en-US')}`;
  return starred === 1 ? `${of} events is starred as a key moment.` : `${of} events are starred as key moments.`;
}

export function withAllSections(choice: ExportChoice, ticked: boolean): ExportChoice {
  return { ...choice, sections: ticked ? allOf(choice.layout) : [] };
}

/** Why Save cannot be pressed yet, or null when it can. */
export function saveBlocker(choice: ExportChoice): string | null {
  if (sectionsApply(choice.format) && choice.sections.length === 0) return 'Tick at least one section to save a report.';
  return null;
}

/** localStorage key for the last layout and format used for one meeting. */
export const rememberedChoiceKey = (meetingId: string): string => `debrief.export.${meetingId}`;

export function rememberedChoiceText(choice: ExportChoice): string {
  return JSON.stringify({ layout: choice.layout, format: choice.format, keyMoments: choice.keyMoments });
}

/** Reads what rememberedChoiceText wrote; anything else (old, edited, missing) is ignored. */
export function parseRememberedChoice(text: string | null): RememberedChoice | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { layout, format, keyMoments } = value as Record<string, unknown>;
  const knownLayout = REPORT_LAYOUTS.find((candidate) => candidate === layout);
  const knownFormat = REPORT_FORMATS.find((candidate) => candidate === format);
  if (!knownLayout || !knownFormat) return null;
  return keyMoments === true ? { layout: knownLayout, format: knownFormat, keyMoments } : { layout: knownLayout, format: knownFormat };
}
