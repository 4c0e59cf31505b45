import { base64ToBytes } from '../evidence/base64.ts';
import type { ReportDocument } from './nodes.ts';

export interface ReportImageFile {
  /** The file's name inside the report's images folder (doc.imagesFolder). */
  name: string;
  data: Uint8Array<ArrayBuffer>;
}

/** The images a Markdown report links to, to be written into `doc.imagesFolder` beside the .md file. */
export function reportImageFiles(doc: ReportDocument): ReportImageFile[] {
  return doc.sections.flatMap((section) =>
    section.nodes.flatMap((node) => (node.type === 'image' ? [{ name: node.image.fileName, data: base64ToBytes(node.image.data) }] : [])),
  );
}
