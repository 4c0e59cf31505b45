import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a .docx file, by their path in the package. */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts.set(name, strFromU8(content));
  }
  return parts;
}

export function part(parts: Map<string, string>, name: string): string {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`the package has no ${name} (it has ${[...parts.keys()].join(', ')})`);
  return xml;
}

/** Characters XML 1.0 cannot hold (or Word refuses), and lone surrogate halves. */
export const FORBIDDEN_IN_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The text of every w:t element of a part, in document order, entities decoded. */
export function wordTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) =>
    (match[1] ?? '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&'),
  );
}
