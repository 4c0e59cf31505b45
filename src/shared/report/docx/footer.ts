import { Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { sanitizeXmlText } from './xml-text.ts';

/** "INC-2041 · Page 2 of 5" on every page; Word, LibreOffice and Google Docs fill in the page fields as they lay out. */
export function pageFooter(label: string): Footer {
  const prefix = sanitizeXmlText(label).replace(/\s+/g, ' ').trim();
  return new Footer({
    children: [
      new Paragraph({
        style: 'ReportFooter',
        children: [new TextRun({ children: [...(prefix === '' ? [] : [`${prefix} \u00b7 `]), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
