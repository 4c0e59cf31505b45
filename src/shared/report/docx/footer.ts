import { Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { sanitizeXmlText } from './xml-text.ts';

const LABEL_MAX = 80;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The label on one footer line: a long one is cut at a word and ends with an ellipsis. */
export function footerLabel(label: string): string {
  const line = sanitizeXmlText(label).replace(/\s+/g, ' ').trim();
  // Cut between graphemes, so an emoji sequence or an accented letter stays whole.
  const characters = [...graphemes.segment(line)].map((part) => part.segment);
  if (characters.length <= LABEL_MAX) return line;
  const cut = characters.slice(0, LABEL_MAX - 1).join('');
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > LABEL_MAX / 2 ? cut.slice(0, atWord) : cut).trimEnd()}\u2026`;
}

/** "Post-Incident Review: INC-2041 · Page 2 of 5" on every page; the readers fill in the page fields as they lay out. */
export function pageFooter(label: string): Footer {
  const prefix = footerLabel(label);
  return new Footer({
    children: [
      new Paragraph({
        style: 'ReportFooter',
        children: [new TextRun({ children: [...(prefix === '' ? [] : [`${prefix} \u00b7 `]), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
