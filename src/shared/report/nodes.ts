import type { ImageMediaType } from '../domain/evidence.ts';
import type { Severity } from '../domain/meeting.ts';

/**
 * The report as a tree of plain-text nodes. Writers (Markdown, DOCX) are tables of handlers keyed by `type`; every
 * string here is exactly what a person typed or what the app wrote, never pre-escaped for any format.
 */
export type ReportNode =
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
  | { type: 'paragraph'; text: string }
  /** Label and value pairs shown as "Label: value" lines, e.g. the header block or an impact list. */
  | { type: 'facts'; items: ReportFact[] }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; columns: ReportColumn[]; rows: string[][] }
  /** A section or part with nothing recorded says so briefly rather than vanish. */
  | { type: 'empty'; text: string }
  /** An attached image (evidence): shown with its caption; see ReportImage. */
  | { type: 'image'; image: ReportImage };

/**
 * An image the report shows. The Word writer embeds `data`; the Markdown writer links `path`, a file in the folder
 * beside the .md (`<fileBaseName>-images/…`) that whoever saves the report writes (see reportImages()).
 */
export interface ReportImage {
  caption: string;
  mediaType: ImageMediaType;
  /** Base64 of the image's bytes. */
  data: string;
  /** Relative to the .md file: "<imagesFolder>/<fileName>". */
  path: string;
  fileName: string;
}

export type ReportNodeType = ReportNode['type'];

export interface ReportFact {
  label: string;
  value: string;
}

export interface ReportColumn {
  title: string;
  /** Share of the table's width, in percent; a table's columns add up to 100. */
  width: number;
}

export interface ReportSection {
  id: string;
  title: string;
  nodes: ReportNode[];
}

export interface ReportDocument {
  /** "Post-Incident Review: INC-2041", the document's first heading and its title property. */
  title: string;
  /** The incident's own title, shown under the report title. */
  subtitle: string;
  severity: Severity | null;
  /** The guide's meaning of the severity, e.g. "Service degraded for many users". Empty when no severity. */
  severityMeaning: string;
  /** The header block under the title: incident id, date, duration, severity, author, reviewed date. */
  header: ReportFact[];
  sections: ReportSection[];
  properties: { title: string; author: string; subject: string; keywords: string };
  /** File name without extension, from the incident id and date, safe on every file system: "INC-2041-2026-11-20". */
  fileBaseName: string;
  /** The folder beside a Markdown report that holds its images: "INC-2041-2026-11-20-images". */
  imagesFolder: string;
}
