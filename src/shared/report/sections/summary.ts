import type { ReportNode } from '../nodes.ts';
import type { ReportContext } from './context.ts';
import { paragraphOr } from './nodes.ts';

export function summaryNodes(context: ReportContext): ReportNode[] {
  return paragraphOr(context.source.meeting.summary, 'No summary was written.');
}
