import { effectivenessNodes } from './effectiveness.ts';
import { actionItemsSectionNodes } from './actions.ts';
import { contributingFactorNodes, rootCauseNodes, unclassifiedWhyNodes } from './causes.ts';
import { impactNodes } from './impact.ts';
import { noteListNodes } from './notes.ts';
import type { SectionBuilder } from './section-builder.ts';
import { summaryNodes } from './summary.ts';
import { timelineNodes } from './timeline.ts';

/** Seed 001, the post-incident review report. */
export const PIR_SECTIONS: Readonly<Record<string, SectionBuilder>> = {
  summary: summaryNodes,
  impact: impactNodes,
  timeline: timelineNodes,
  root_cause: (context) => [...rootCauseNodes(context, 3), ...unclassifiedWhyNodes(context, 3)],
  contributing_factors: (context) => contributingFactorNodes(context, true),
  went_well: (context) => noteListNodes(context, 'went_well', true),
  could_improve: (context) => noteListNodes(context, 'could_improve', true),
  action_items: actionItemsSectionNodes,
  effectiveness: effectivenessNodes,
  lessons: (context) => noteListNodes(context, 'lesson', true),
  prevention: (context) => noteListNodes(context, 'prevention', false),
};
