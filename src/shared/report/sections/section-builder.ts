import type { ReportNode } from '../nodes.ts';
import type { ReportContext } from './context.ts';

/** Builds one section's content (its heading comes from the layout). */
export type SectionBuilder = (context: ReportContext) => ReportNode[];
