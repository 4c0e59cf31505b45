import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import { COLORS, REPORT_FONT } from './page.ts';

/** Half-points, the unit of Word's font sizes. */
const pt = (points: number): number => points * 2;

const heading = (size: number, before: number) => ({
  run: { font: REPORT_FONT, size: pt(size), bold: true, color: COLORS.heading },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});

/** Word's own Title and Heading 1-3 styles, restyled, so the navigation pane and a table of contents show the outline. */
export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: REPORT_FONT, size: pt(10.5), color: COLORS.text },
      paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: REPORT_FONT, size: pt(22), bold: true, color: COLORS.heading },
      paragraph: { spacing: { after: 60 } },
    },
    heading1: heading(15, 360),
    heading2: heading(12.5, 240),
    heading3: heading(11, 200),
  },
  paragraphStyles: [
    {
      id: 'ReportSubtitle',
      name: 'Report subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: REPORT_FONT, size: pt(13), color: COLORS.muted },
      paragraph: { spacing: { after: 200 } },
    },
    {
      id: 'TableText',
      name: 'Table text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: pt(9.5) },
      paragraph: { spacing: { before: 0, after: 0, line: 252, lineRule: LineRuleType.AUTO } },
    },
    {
      id: 'ReportFooter',
      name: 'Report footer',
      basedOn: 'Normal',
      run: { size: pt(8.5), color: COLORS.muted },
      paragraph: { spacing: { after: 0 }, alignment: AlignmentType.CENTER },
    },
  ],
};

export const ORDERED_LIST = 'report-ordered';
export const BULLET_LIST = 'report-bullets';

const listIndent = { indent: { left: 540, hanging: 360 } };

export const REPORT_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: ORDERED_LIST,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: listIndent } }],
    },
    {
      reference: BULLET_LIST,
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.START, style: { paragraph: listIndent } }],
    },
  ],
};
