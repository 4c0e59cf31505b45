/** A4 portrait with 2 cm margins, in twentieths of a point (DXA), the unit Word measures pages and tables in. */
export const PAGE = {
  width: 11_906,
  height: 16_838,
  margin: 1_134,
} as const;

export const TEXT_WIDTH_DXA = PAGE.width - 2 * PAGE.margin;

/**
 * Arial: installed with Windows and macOS, mapped to a metric-compatible font by LibreOffice, offered by Google Docs.
 * East Asian text is left to the reader's own East Asian font, as Arial has no CJK letters.
 */
export const REPORT_FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial' } as const;

export const COLORS = {
  text: '1F2328',
  heading: '1F3A5F',
  muted: '5F6368',
  rule: 'B7C0CC',
  headerFill: 'E8EDF3',
  labelFill: 'F3F5F8',
} as const;
