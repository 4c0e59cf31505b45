import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, WidthType, type ITableBordersOptions } from 'docx';
import type { ReportColumn } from '../nodes.ts';
import { COLORS, TEXT_WIDTH_DXA } from './page.ts';
import { textParagraph } from './runs.ts';

const line = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule };

export const TABLE_BORDERS: ITableBordersOptions = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

const CELL_MARGINS = { top: 50, bottom: 50, left: 90, right: 90 };

/** Each column's share of the text width in DXA; the last takes what rounding leaves, so the sum is exactly the width. */
export function columnWidthsDxa(percents: readonly number[], totalWidth: number = TEXT_WIDTH_DXA): number[] {
  const sum = percents.reduce((total, percent) => total + percent, 0) || 1;
  const widths = percents.map((percent) => Math.floor((percent / sum) * totalWidth));
  const used = widths.slice(0, -1).reduce((total, width) => total + width, 0);
  if (widths.length > 0) widths[widths.length - 1] = totalWidth - used;
  return widths;
}

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { fill: COLORS.headerFill } } : {}),
    children: [textParagraph(text, header ? { bold: true } : {}, { style: 'TableText' })],
  });
}

/**
 * A table with fixed column widths (a long word wraps inside its cell rather than widen the table), a header row
 * repeated at the top of every page, and rows kept whole on one page.
 */
export function reportTable(columns: readonly ReportColumn[], rows: readonly (readonly string[])[]): Table {
  const widths = columnWidthsDxa(columns.map((column) => column.width));
  const row = (texts: readonly string[], header: boolean) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: widths.map((width, index) => cell(texts[index] ?? '', width, header)),
    });
  return new Table({
    width: { size: TEXT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    rows: [
      row(
        columns.map((column) => column.title),
        true,
      ),
      ...rows.map((texts) => row(texts, false)),
    ],
  });
}
