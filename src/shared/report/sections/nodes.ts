import type { ReportFact, ReportNode } from '../nodes.ts';

/** Small constructors, so section builders read as the document they produce. */
export const heading = (level: 2 | 3 | 4, text: string): ReportNode => ({ type: 'heading', level, text });
export const paragraph = (text: string): ReportNode => ({ type: 'paragraph', text });
export const facts = (items: ReportFact[]): ReportNode => ({ type: 'facts', items });
export const fact = (label: string, value: string): ReportFact => ({ label, value });
export const empty = (text: string): ReportNode => ({ type: 'empty', text });

/** A list of the non-blank items, or the empty-state line when there are none. */
export function listOr(ordered: boolean, items: readonly string[], emptyText: string): ReportNode[] {
  const filled = items.filter((item) => item !== '');
  return filled.length > 0 ? [{ type: 'list', ordered, items: filled }] : [empty(emptyText)];
}

/** A paragraph of the text, or the empty-state line when it is blank. */
export function paragraphOr(text: string, emptyText: string): ReportNode[] {
  return text !== '' ? [paragraph(text)] : [empty(emptyText)];
}

/** A sub-heading followed by its content. */
export function part(level: 2 | 3 | 4, title: string, nodes: ReportNode[]): ReportNode[] {
  return [heading(level, title), ...nodes];
}
