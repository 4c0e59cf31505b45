import { ARCHIVE_FORMAT } from '../archive/meeting-archive.ts';
import { REVIEW_STATE_LABELS, REVIEW_STATES, type ReviewState } from '../domain/review.ts';
import { escapeCell } from '../report/markdown/escape.ts';
import { publicationDate } from './folder-name.ts';

/** The files of one published review, inside its folder. */
export const PUBLISHED_FILES = { markdown: 'report.md', docx: 'report.docx', archive: 'archive.json' } as const;

export const INDEX_START = '<!-- debrief:index:start -->';
export const INDEX_END = '<!-- debrief:index:end -->';

/** One row of the library's index, read back from a published folder's archive. */
export interface IndexEntry {
  folder: string;
  meetingId: string;
  date: string;
  incidentId: string;
  severity: string;
  state: ReviewState;
  title: string;
  openActions: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * The index row of an archive already parsed from JSON, or null when it is not a Debrief archive. Only the fields the
 * row shows are read, each checked for its type, so one teammate's odd file neither stops the index nor slows it down
 * (a full check of two thousand archives would take seconds).
 */
export function indexEntryOf(folder: string, data: unknown): IndexEntry | null {
  if (!isRecord(data) || data.format !== ARCHIVE_FORMAT || !isRecord(data.meeting)) return null;
  const { meeting } = data;
  const review = isRecord(data.review) ? data.review : {};
  const state = REVIEW_STATES.find((known) => known === review.state) ?? 'draft';
  const actions = Array.isArray(data.actions) ? data.actions : [];
  const createdAt = numberOrNull(meeting.createdAt) ?? numberOrNull(data.exportedAt) ?? 0;
  return {
    folder,
    meetingId: text(meeting.id),
    date: publicationDate({
      incidentStartedAt: numberOrNull(meeting.incidentStartedAt),
      scheduledAt: numberOrNull(meeting.scheduledAt),
      createdAt,
      timeZone: text(meeting.timeZone) || 'UTC',
    }),
    incidentId: text(meeting.incidentId),
    severity: text(meeting.severity),
    state,
    title: text(meeting.title),
    openActions: actions.filter((item) => isRecord(item) && (item.status === 'open' || item.status === 'in_progress')).length,
  };
}

/** Newest first; on the same day, by folder name, so the table's order never depends on the order folders were read. */
export function sortEntries(entries: readonly IndexEntry[]): IndexEntry[] {
  return [...entries].sort((a, b) => (a.date === b.date ? (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0) : a.date < b.date ? 1 : -1));
}

/** A relative link to a file in a folder, each part percent-encoded, so any folder name stays one link. */
const linkTo = (folder: string, file: string): string => `${encodeURIComponent(folder)}/${encodeURIComponent(file)}`;

/** The Markdown table of every published review: one line per review, every typed value escaped for a table cell; the date links to the report. */
export function indexTable(entries: readonly IndexEntry[]): string {
  const lines = ['| Date | Incident | Severity | State | Title | Open actions |', '| --- | --- | --- | --- | --- | ---: |'];
  for (const entry of sortEntries(entries)) {
    // The date is the link: a typed title may hold a web address, which would become a link inside the link.
    const cells = [
      `[${escapeCell(entry.date)}](${linkTo(entry.folder, PUBLISHED_FILES.markdown)})`,
      escapeCell(entry.incidentId),
      escapeCell(entry.severity),
      REVIEW_STATE_LABELS[entry.state],
      escapeCell(entry.title),
      String(entry.openActions),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (entries.length === 0) lines.push('| | | | | No reviews published yet | |');
  return lines.join('\n');
}

const README_INTRO = [
  '# Post-incident reviews',
  '',
  'Reviews published with Debrief: each folder holds the report in Markdown and Word and the review\u2019s Debrief archive.',
  'The table between the two markers below is written by Debrief each time a review is published; text outside them is yours.',
].join('\n');

/** Raised when a README's markers are not one start followed by one end: Debrief will not guess which text is its own. */
export class IndexMarkersError extends Error {}

/**
 * The README with the index between its markers: created when there is none, appended when the team's README has no
 * markers yet. Every byte outside the markers is kept as it was, line endings included.
 */
export function readmeWithIndex(readme: string | null, table: string): string {
  const block = `${INDEX_START}\n${table}\n${INDEX_END}`;
  if (readme === null) return `${README_INTRO}\n\n${block}\n`;
  const starts = readme.split(INDEX_START).length - 1;
  const ends = readme.split(INDEX_END).length - 1;
  if (starts === 0 && ends === 0) {
    const separator = readme === '' ? '' : readme.endsWith('\n\n') ? '' : readme.endsWith('\n') ? '\n' : '\n\n';
    return `${readme}${separator}${block}\n`;
  }
  const start = readme.indexOf(INDEX_START);
  const end = readme.indexOf(INDEX_END);
  if (starts !== 1 || ends !== 1 || end < start) {
    throw new IndexMarkersError(
      `README.md should hold ${INDEX_START} once, followed by ${INDEX_END} once; fix the markers by hand (or remove both) and publish again.`,
    );
  }
  return `${readme.slice(0, start)}${block}${readme.slice(end + INDEX_END.length)}`;
}
