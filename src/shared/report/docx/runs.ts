import { Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import { isMainlyRightToLeft } from './text-direction.ts';
import { textLines } from './xml-text.ts';

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** One run per line of the text, each line after the first after a line break, so a newline stays inside its paragraph. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const rightToLeft = isMainlyRightToLeft(text);
  return textLines(text).map(
    (line, index) => new TextRun({ ...style, text: line, ...(index > 0 ? { break: 1 } : {}), ...(rightToLeft ? { rightToLeft: true } : {}) }),
  );
}

/** A paragraph of one text, laid out right to left when the text is mainly in a right-to-left script. */
export function textParagraph(text: string, style: RunStyle = {}, options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
  return new Paragraph({
    ...options,
    ...(isMainlyRightToLeft(text) ? { bidirectional: true } : {}),
    children: textRuns(text, style),
  });
}
