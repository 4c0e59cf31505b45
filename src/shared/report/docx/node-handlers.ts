import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { ReportNode, ReportNodeType } from '../nodes.ts';
import { COLORS } from './page.ts';
import { textParagraph, textRuns } from './runs.ts';
import { BULLET_LIST, ORDERED_LIST } from './styles.ts';
import { reportTable } from './tables.ts';
import { isMainlyRightToLeft } from './text-direction.ts';

export type DocxBlock = Paragraph | Table;

/** What handlers share while one document is written. */
export interface DocxContext {
  /** A fresh numbering instance, so each ordered list counts from 1. */
  nextListInstance(): number;
}

type NodeHandlers = {
  [Type in ReportNodeType]: (node: Extract<ReportNode, { type: Type }>, context: DocxContext) => DocxBlock[];
};

/** The report's heading levels count the document title as level 1 (as in Markdown); Word's outline starts at the sections. */
const HEADING_STYLES = {
  2: HeadingLevel.HEADING_1,
  3: HeadingLevel.HEADING_2,
  4: HeadingLevel.HEADING_3,
} as const;

export const NODE_HANDLERS: NodeHandlers = {
  heading: (node) => [textParagraph(node.text, {}, { heading: HEADING_STYLES[node.level] })],

  paragraph: (node) => [textParagraph(node.text)],

  facts: (node) =>
    node.items.map(
      (fact) =>
        new Paragraph({
          ...(isMainlyRightToLeft(`${fact.label} ${fact.value}`) ? { bidirectional: true } : {}),
          spacing: { after: 60 },
          children: [...textRuns(`${fact.label}:`, { bold: true }), new TextRun({ text: ' ' }), ...textRuns(fact.value)],
        }),
    ),

  list: (node, context) => {
    const numbering = node.ordered ? { reference: ORDERED_LIST, level: 0, instance: context.nextListInstance() } : { reference: BULLET_LIST, level: 0 };
    return node.items.map((item) => textParagraph(item, {}, { numbering, spacing: { after: 60 } }));
  },

  table: (node) => [reportTable(node.columns, node.rows), new Paragraph({ spacing: { after: 60 }, children: [] })],

  empty: (node) => [textParagraph(node.text, { italics: true, color: COLORS.muted })],
};

export function nodeBlocks(node: ReportNode, context: DocxContext): DocxBlock[] {
  const handler = NODE_HANDLERS[node.type] as (node: ReportNode, context: DocxContext) => DocxBlock[];
  return handler(node, context);
}
