import { Document, HeadingLevel, Packer } from 'docx';
import type { ReportDocument } from '../nodes.ts';
import { pageFooter } from './footer.ts';
import { nodeBlocks, type DocxBlock, type DocxContext } from './node-handlers.ts';
import { PAGE } from './page.ts';
import { textParagraph } from './runs.ts';
import { REPORT_NUMBERING, REPORT_STYLES } from './styles.ts';
import { titleBlock } from './title-block.ts';
import { sanitizeXmlText } from './xml-text.ts';

function documentProperties(doc: ReportDocument) {
  const clean = (text: string) => sanitizeXmlText(text).replace(/\s+/g, ' ').trim();
  const author = clean(doc.properties.author);
  return {
    title: clean(doc.properties.title),
    subject: clean(doc.properties.subject),
    creator: author === '' ? 'Debrief' : author,
    lastModifiedBy: author === '' ? 'Debrief' : author,
    keywords: clean(doc.properties.keywords),
    description: clean(`${doc.title}. ${doc.subtitle}. A blameless review: it looks at systems and decisions, not at people.`),
  };
}

function body(doc: ReportDocument): DocxBlock[] {
  let listInstances = 0;
  const context: DocxContext = { nextListInstance: () => (listInstances += 1) };
  const blocks = titleBlock(doc);
  for (const section of doc.sections) {
    blocks.push(textParagraph(section.title, {}, { heading: HeadingLevel.HEADING_1 }));
    for (const node of section.nodes) blocks.push(...nodeBlocks(node, context));
  }
  return blocks;
}

/** The report as a .docx file's bytes; runs in Node and in the browser. */
export async function writeDocx(doc: ReportDocument): Promise<Uint8Array> {
  const document = new Document({
    ...documentProperties(doc),
    styles: REPORT_STYLES,
    numbering: REPORT_NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: 567 },
          },
        },
        footers: { default: pageFooter(doc.title) },
        children: body(doc),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
