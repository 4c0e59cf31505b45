import { IMAGE_EXTENSIONS, type ArchivedEvidence } from '../../domain/evidence.ts';
import { NOTE_CATEGORY_LABELS } from '../../domain/notes.ts';
import { clockTextAt } from '../../time/zoned-time.ts';
import type { ReportNode, ReportSection } from '../nodes.ts';
import { cleanReportText, singleLine } from '../report-text.ts';
import type { ReportContext } from './context.ts';

export const EVIDENCE_SECTION = { id: 'evidence', title: 'Evidence' } as const;

/** A file name for an image: its place in the report and a short form of its caption ("03-replication-lag.png"). */
function imageFileName(index: number, evidence: ArchivedEvidence): string {
  const slug =
    singleLine(evidence.caption)
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'image';
  const extension = evidence.mediaType ? IMAGE_EXTENSIONS[evidence.mediaType] : 'bin';
  return `${String(index).padStart(2, '0')}-${slug}.${extension}`;
}

/**
 * The evidence section: for each timeline event, why and note with evidence, in the report's order, a heading that
 * names the item (an event with its time), then its images with their captions and its links. Null when nothing has
 * evidence, so a report without any keeps its layout's sections only.
 */
export function evidenceSection(context: ReportContext, evidence: readonly ArchivedEvidence[], imagesFolder: string): ReportSection | null {
  if (evidence.length === 0) return null;
  const { source, timeZone, whysInOrder } = context;
  const of = (targetId: string) => evidence.filter((item) => item.targetId === targetId).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const items: Array<{ label: string; evidence: ArchivedEvidence[] }> = [
    ...source.timeline.map((event) => ({
      label: `Timeline, ${clockTextAt(event.occurredAt, timeZone, event.precision)}: ${event.description}`,
      evidence: of(event.id),
    })),
    ...whysInOrder.map((why) => ({ label: `${why.kind === 'problem' ? 'Problem' : 'Why'}: ${why.text}`, evidence: of(why.id) })),
    ...source.notes.map((note) => ({ label: `${NOTE_CATEGORY_LABELS[note.category]}: ${note.text}`, evidence: of(note.id) })),
  ].filter((item) => item.evidence.length > 0);
  if (items.length === 0) return null;

  let imageCount = 0;
  const nodes: ReportNode[] = [];
  for (const item of items) {
    nodes.push({ type: 'heading', level: 3, text: singleLine(item.label) });
    const links = item.evidence.filter((entry) => entry.kind === 'link' && entry.url !== null);
    for (const entry of item.evidence) {
      if (entry.kind !== 'image' || entry.data === null || entry.mediaType === null) continue;
      imageCount += 1;
      const fileName = imageFileName(imageCount, entry);
      nodes.push({
        type: 'image',
        image: { caption: cleanReportText(entry.caption), mediaType: entry.mediaType, data: entry.data, fileName, path: `${imagesFolder}/${fileName}` },
      });
    }
    if (links.length > 0)
      nodes.push({ type: 'facts', items: links.map((link) => ({ label: singleLine(cleanReportText(link.caption)), value: link.url ?? '' })) });
  }
  return { id: EVIDENCE_SECTION.id, title: EVIDENCE_SECTION.title, nodes };
}
