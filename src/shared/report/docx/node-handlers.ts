import { HeadingLevel, ImageRun, Paragraph, TextRun, type Table } from 'docx';
import { base64ToBytes } from '../../evidence/base64.ts';
import { imageSize } from '../../evidence/image-size.ts';
import type { ReportImage, ReportNode, ReportNodeType } from '../nodes.ts';
import { COLORS, TEXT_WIDTH_DXA } from './page.ts';
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

  image: ({ image }) => imageBlocks(image),
};

/** The page's text width in pixels at 96 to the inch (1440 DXA to the inch), which a picture never exceeds. */
const MAX_IMAGE_WIDTH_PX = Math.floor((TEXT_WIDTH_DXA / 1440) * 96);
const MAX_IMAGE_HEIGHT_PX = 600;
const WORD_IMAGE_TYPES = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' } as const;

/**
 * The picture, scaled down to fit the page at its proportions, with its caption as alt text and as a line under it.
 * Word cannot show WebP, and a picture whose size cannot be read would be placed wrong: those say so in words instead.
 */
function imageBlocks(image: ReportImage): DocxBlock[] {
  const caption = textParagraph(image.caption, { italics: true, color: COLORS.muted }, { spacing: { after: 160 } });
  const bytes = base64ToBytes(image.data);
  const size = imageSize(bytes, image.mediaType);
  const type = image.mediaType === 'image/webp' ? null : WORD_IMAGE_TYPES[image.mediaType];
  if (!size || !type) {
    return [textParagraph(`Image ${image.fileName} (${image.mediaType}) is not embedded: Word cannot show it.`, { color: COLORS.muted }), caption];
  }
  const scale = Math.min(1, MAX_IMAGE_WIDTH_PX / size.width, MAX_IMAGE_HEIGHT_PX / size.height);
  const picture = new ImageRun({
    type,
    data: bytes,
    transformation: { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) },
    altText: { name: image.fileName, description: image.caption, title: image.caption },
  });
  return [new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [picture] }), caption];
}

export function nodeBlocks(node: ReportNode, context: DocxContext): DocxBlock[] {
  const handler = NODE_HANDLERS[node.type] as (node: ReportNode, context: DocxContext) => DocxBlock[];
  return handler(node, context);
}
