import type { ReportDocument, ReportNode } from '../../src/shared/report/nodes.ts';
import { cleanReportText, singleLine } from '../../src/shared/report/report-text.ts';

/**
 * What a Markdown reader must find in an exported report: its blocks with their text, as the report model says. Each
 * reader (markdown-it, cmark-gfm) turns what it parsed into these blocks, and the test compares.
 *
 * Inline markup the writer adds (bold labels, italic empty states) is recorded with \u0001 markers, which cannot occur
 * in report text (control characters are dropped), so any markup that came from typed text shows up as a difference.
 * Links are not marked: their text reads as typed, and each reader's test checks their hrefs on their own.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export const MARK = '\u0001';

/** The blocks the report model says the Markdown must hold, text normalised as documented in report-text.ts. */
export function expectedBlocks(doc: ReportDocument): Block[] {
  const fromNode = (node: ReportNode): Block[] => {
    switch (node.type) {
      case 'heading':
        return [{ kind: 'heading', level: node.level, text: singleLine(node.text) }];
      case 'paragraph':
        return [{ kind: 'paragraph', text: cleanReportText(node.text) }];
      case 'facts':
        return node.items.map((item) => ({ kind: 'paragraph', text: `${MARK}S${item.label}:${MARK}s ${cleanReportText(item.value)}`.trimEnd() }));
      case 'list':
        return [{ kind: 'list', ordered: node.ordered, items: node.items.map(cleanReportText) }];
      case 'table':
        return [{ kind: 'table', header: node.columns.map((column) => column.title), rows: node.rows.map((row) => row.map(cleanReportText)) }];
      case 'empty':
        return [{ kind: 'paragraph', text: `${MARK}E${singleLine(node.text)}${MARK}e` }];
    }
  };
  return [
    { kind: 'heading', level: 1, text: singleLine(doc.title) },
    ...(cleanReportText(doc.subtitle) === '' ? [] : [{ kind: 'paragraph' as const, text: cleanReportText(doc.subtitle) }]),
    ...fromNode({ type: 'facts', items: doc.header }),
    ...doc.sections.flatMap((section) => [{ kind: 'heading' as const, level: 2, text: section.title }, ...section.nodes.flatMap(fromNode)]),
  ];
}

/** The tables whose first columns have these titles. */
export function tablesWithHeader(blocks: Block[], firstColumns: string[]) {
  return blocks.filter(
    (block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table' && firstColumns.every((title, index) => block.header[index] === title),
  );
}
