import { BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Severity } from '../../domain/meeting.ts';
import type { ReportDocument, ReportFact } from '../nodes.ts';
import type { DocxBlock } from './node-handlers.ts';
import { COLORS, TEXT_WIDTH_DXA } from './page.ts';
import { textParagraph } from './runs.ts';
import { columnWidthsDxa, TABLE_BORDERS } from './tables.ts';

/** Dark enough for white bold text to read (contrast above 4.5:1), red for the most severe down to blue. */
const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  SEV1: 'A4161A',
  SEV2: 'B54708',
  SEV3: '7A5C00',
  SEV4: '2F5D8A',
};
const NO_SEVERITY_FILL = '5F6368';

export function severityLabel(doc: Pick<ReportDocument, 'severity' | 'severityMeaning'>): string {
  if (doc.severity === null) return 'Severity not set';
  return doc.severityMeaning.trim() === '' ? doc.severity : `${doc.severity} \u2014 ${doc.severityMeaning}`;
}

/** The severity as a band across the page: one shaded cell with the level and its meaning in bold white. */
function severityBand(doc: ReportDocument): Table {
  const fill = doc.severity === null ? NO_SEVERITY_FILL : SEVERITY_FILL[doc.severity];
  const edge = { style: BorderStyle.SINGLE, size: 4, color: fill };
  return new Table({
    borders: { top: edge, bottom: edge, left: edge, right: edge, insideHorizontal: edge, insideVertical: edge },
    width: { size: TEXT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH_DXA],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: TEXT_WIDTH_DXA, type: WidthType.DXA },
            shading: { fill },
            margins: { top: 100, bottom: 100, left: 160, right: 160 },
            children: [textParagraph(severityLabel(doc), { bold: true, color: 'FFFFFF', size: 24 }, { spacing: { after: 0 } })],
          }),
        ],
      }),
    ],
  });
}

/** The header facts (incident, date, duration, author...) as a two-column table, labels on the left. */
function headerTable(facts: readonly ReportFact[]): Table {
  const widths = columnWidthsDxa([28, 72]);
  const cell = (text: string, width: number, label: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 50, bottom: 50, left: 110, right: 110 },
      ...(label ? { shading: { fill: COLORS.labelFill } } : {}),
      children: [textParagraph(text, label ? { bold: true } : {}, { style: 'TableText' })],
    });
  return new Table({
    width: { size: TEXT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    rows: facts.map((fact) => new TableRow({ cantSplit: true, children: [cell(fact.label, widths[0] ?? 0, true), cell(fact.value, widths[1] ?? 0, false)] })),
  });
}

const gap = (after: number) => new Paragraph({ spacing: { after }, children: [] });

export function titleBlock(doc: ReportDocument): DocxBlock[] {
  const blocks: DocxBlock[] = [textParagraph(doc.title, {}, { heading: HeadingLevel.TITLE })];
  if (doc.subtitle.trim() !== '') blocks.push(textParagraph(doc.subtitle, {}, { style: 'ReportSubtitle' }));
  blocks.push(severityBand(doc), gap(120));
  if (doc.header.length > 0) blocks.push(headerTable(doc.header), gap(120));
  return blocks;
}
