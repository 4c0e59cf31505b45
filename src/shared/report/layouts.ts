/** The report layouts, one per source process document; `pir` is the default. */
export const REPORT_LAYOUTS = ['pir', 'meeting', 'workflow', 'panel'] as const;
export type ReportLayout = (typeof REPORT_LAYOUTS)[number];
export const DEFAULT_REPORT_LAYOUT: ReportLayout = 'pir';

/**
 * The layout of the document each built-in agenda comes from: the full meeting agenda writes seed 003's meeting
 * report, the panel seed 000's panel review, the incident workflow seed 004's artifacts; the rest the review of 001.
 */
const TEMPLATE_LAYOUTS: Readonly<Record<string, ReportLayout>> = { 'full-105': 'meeting', panel: 'panel', 'incident-workflow': 'workflow' };

export function layoutForTemplate(templateId: string): ReportLayout {
  return TEMPLATE_LAYOUTS[templateId] ?? DEFAULT_REPORT_LAYOUT;
}

/**
 * Sections written after the report is shared (the effectiveness review, 30 days on): the readiness checks do not ask
 * for them, and their results stay writable while the review is published.
 */
export const FOLLOW_UP_SECTIONS: ReadonlySet<string> = new Set(['effectiveness']);

export const REPORT_FORMATS = ['md', 'docx', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_FORMAT_LABELS: Readonly<Record<ReportFormat, string>> = {
  md: 'Markdown (.md)',
  docx: 'Word document (.docx)',
  json: 'Debrief archive (.json)',
};

export interface ReportSectionChoice {
  /** Unique within its layout; what `sections` in an export request names. */
  id: string;
  title: string;
  /** The section shows the timeline, so the key-moments option applies to it and brings the appendix. */
  showsTimeline?: boolean;
}

export interface ReportLayoutDescriptor {
  id: ReportLayout;
  label: string;
  description: string;
  /** In document order. All are included unless the facilitator leaves some out. */
  sections: readonly ReportSectionChoice[];
}

const section = (id: string, title: string, showsTimeline = false): ReportSectionChoice => (showsTimeline ? { id, title, showsTimeline } : { id, title });

export const REPORT_LAYOUT_DESCRIPTORS: Readonly<Record<ReportLayout, ReportLayoutDescriptor>> = {
  pir: {
    id: 'pir',
    label: 'Post-incident review',
    description:
      'The standard write-up for stakeholders: summary, impact with the response times, timeline, causes, what went well and what to improve, owned action items.',
    sections: [
      section('summary', 'Executive summary'),
      section('impact', 'Impact'),
      section('timeline', 'Timeline', true),
      section('root_cause', 'Root cause'),
      section('contributing_factors', 'Contributing factors'),
      section('went_well', 'What went well'),
      section('could_improve', 'What could be improved'),
      section('action_items', 'Action items'),
      section('effectiveness', 'Effectiveness'),
      section('lessons', 'Lessons learned'),
      section('prevention', 'Prevention'),
    ],
  },
  meeting: {
    id: 'meeting',
    label: 'Meeting report',
    description: 'The record of the post-mortem meeting itself: who took part, the summary, the timeline reviewed, causes, outcomes and additional notes.',
    sections: [
      section('meeting_details', 'Meeting details'),
      section('summary', 'Incident summary'),
      section('impact', 'Impact'),
      section('timeline', 'Timeline of events', true),
      section('root_cause', 'Root cause(s)'),
      section('went_well', 'What went well'),
      section('could_improve', 'What could be improved'),
      section('action_items', 'Action items'),
      section('effectiveness', 'Effectiveness'),
      section('additional_notes', 'Additional notes'),
    ],
  },
  workflow: {
    id: 'workflow',
    label: 'Incident workflow artifacts',
    description:
      'One artifact per response phase: triage, mitigation, communication, root cause analysis with the causal chain, post-mortem, and the action item tracker.',
    sections: [
      section('triage', 'Triage', true),
      section('mitigation', 'Mitigation'),
      section('communication', 'Communication'),
      section('root_cause_analysis', 'Root cause analysis', true),
      section('post_mortem', 'Post-mortem'),
      section('action_tracker', 'Action item tracker'),
      section('effectiveness', 'Effectiveness'),
    ],
  },
  panel: {
    id: 'panel',
    label: 'Panel review',
    description:
      'Who spoke for which perspective, each perspective’s contributing factors, gaps and recommendations with their severity, then the consolidated findings and the conflicting recommendations with their resolution.',
    sections: [
      section('participants', 'Participants'),
      section('perspectives', 'Findings by perspective'),
      section('consolidated', 'Consolidated findings'),
      section('conflicts', 'Conflicting recommendations'),
      section('effectiveness', 'Effectiveness'),
    ],
  },
};
