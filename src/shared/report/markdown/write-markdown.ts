import type { ReportDocument, ReportNode, ReportNodeType } from '../nodes.ts';
import { escapeBlockText, escapeCell, escapeInline, escapeSingleLine } from './escape.ts';

type Handler<T extends ReportNodeType> = (node: Extract<ReportNode, { type: T }>) => string;

const HANDLERS: { [T in ReportNodeType]: Handler<T> } = {
  heading: (node) => `${'#'.repeat(node.level)} ${escapeSingleLine(node.text)}`,
  paragraph: (node) => escapeBlockText(node.text),
  facts: (node) => node.items.map((item) => `**${escapeInline(item.label)}:** ${escapeBlockText(item.value)}`).join('\n\n'),
  list: (node) =>
    node.items
      .map((item, index) => {
        const marker = node.ordered ? `${index + 1}.` : '-';
        return `${marker} ${escapeBlockText(item, marker.length + 1)}`;
      })
      .join('\n'),
  table: (node) => {
    const row = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
    const width = node.columns.length;
    const padded = (cells: readonly string[]) => Array.from({ length: width }, (_, index) => cells[index] ?? '');
    return [
      row(node.columns.map((column) => column.title)),
      `|${node.columns.map(() => ' --- |').join('')}`,
      ...node.rows.map((cells) => row(padded(cells))),
    ].join('\n');
  },
  empty: (node) => `*${escapeSingleLine(node.text)}*`,
  // The alt text is the caption; the path is percent-encoded per segment, so any file name stays one link target.
  image: ({ image }) => `![${escapeInline(image.caption)}](${image.path.split('/').map(encodeURIComponent).join('/')})\n\n*${escapeSingleLine(image.caption)}*`,
};

function writeNode<T extends ReportNodeType>(node: Extract<ReportNode, { type: T }>): string {
  return (HANDLERS[node.type] as Handler<T>)(node);
}

/**
 * The report as GitHub-flavoured Markdown: the title as `#`, the header facts as `**Label:** value` paragraphs, each
 * section as `##` with its content. Every typed text is escaped (see escape.ts), so the document's structure is the
 * report's structure whatever people typed.
 */
export function writeMarkdown(doc: ReportDocument): string {
  const blocks: string[] = [`# ${escapeSingleLine(doc.title)}`];
  if (doc.subtitle.trim() !== '') blocks.push(escapeBlockText(doc.subtitle));
  if (doc.header.length > 0) blocks.push(writeNode({ type: 'facts', items: doc.header }));
  for (const section of doc.sections) {
    blocks.push(`## ${escapeSingleLine(section.title)}`);
    for (const node of section.nodes) {
      const text = writeNode(node);
      if (text !== '') blocks.push(text);
    }
  }
  return `${blocks.join('\n\n')}\n`;
}
