import type { MeetingArchive } from '../archive/meeting-archive.ts';
import type { EarlierOpenItem } from '../domain/actions.ts';
import { linkUrlProblem } from '../evidence/link-url.ts';
import { termsPattern } from './detect.ts';
import { redactStrings, scanStrings, type Finding, type StringPath } from './redact-strings.ts';

/**
 * Redaction of what an export or a publication is made from: the meeting's archive (which the JSON file is) and the
 * backlog of earlier open items. Every report writer (Markdown, DOCX) builds from these, so redacting them once, before
 * any writer runs, covers every output. The review stored in the database is never changed.
 */
export interface ExportMaterial {
  archive: MeetingArchive;
  /** Items earlier reviews left open (the report's backlog check); not part of the archive. */
  backlog?: EarlierOpenItem[];
}

/** What the user reviews: each distinct value found, and how many images (which cannot be read for text) go along. */
export interface RedactionScan {
  findings: Finding[];
  images: number;
}

/**
 * Strings that are not anyone's typed text: ids (the archive's links between rows), the archive's format marker,
 * image bytes (base64), media types, time zones and the keys of dismissed checks. Changing them would break the archive
 * without hiding anything.
 */
export function isStructuralPath(path: StringPath): boolean {
  const key = path.at(-1);
  if (path.length === 2 && path[0] === 'archive' && (key === 'format' || key === 'dismissedChecks')) return true;
  if (typeof key !== 'string') return false;
  if (key === 'id' || key === 'data' || key === 'mediaType' || key === 'timeZone' || key === 'templateId') return true;
  return /[a-z](Id|Ids)$/.test(key) && key !== 'incidentId';
}

const skip = { skip: isStructuralPath };

/** An evidence link must stay a web address for the archive to import again: a replaced one points nowhere. */
export const REDACTED_LINK = 'https://redacted.invalid/';

export function scanExportMaterial(material: ExportMaterial, terms: readonly string[]): RedactionScan {
  const findings = scanStrings({ archive: material.archive, backlog: material.backlog ?? [] }, termsPattern(terms), skip);
  const images = material.archive.evidence.filter((evidence) => evidence.kind === 'image').length;
  return { findings, images };
}

/**
 * A copy of the material with every finding replaced except the keys in `kept` (Finding.key). An evidence link whose
 * whole address was replaced becomes REDACTED_LINK, since an archive's links must be web addresses.
 */
export function redactExportMaterial(material: ExportMaterial, terms: readonly string[], kept: ReadonlySet<string> = new Set()): Required<ExportMaterial> {
  const redacted = redactStrings({ archive: material.archive, backlog: material.backlog ?? [] }, termsPattern(terms), kept, skip);
  const evidence = redacted.archive.evidence.map((item) => (item.url !== null && linkUrlProblem(item.url) !== null ? { ...item, url: REDACTED_LINK } : item));
  return { archive: { ...redacted.archive, evidence }, backlog: redacted.backlog };
}

const AREAS: Readonly<Record<string, { one: string; many?: string }>> = {
  meeting: { one: 'Incident facts' },
  timeline: { one: 'Timeline', many: 'event' },
  whys: { one: '5 Whys', many: 'why' },
  notes: { one: 'Notes', many: 'note' },
  conflicts: { one: 'Conflicts', many: 'conflict' },
  actions: { one: 'Action items', many: 'item' },
  participants: { one: 'Participants', many: 'person' },
  agenda: { one: 'Agenda' },
  evidence: { one: 'Evidence', many: 'attachment' },
  review: { one: 'Review' },
  effectiveness: { one: 'Effectiveness', many: 'result' },
  backlog: { one: 'Earlier open items', many: 'item' },
  // A tracker file's input (redact-tracker.ts): its reviews and the directory entries of the items' owners.
  reviews: { one: 'Reviews', many: 'review' },
  people: { one: 'People directory', many: 'person' },
};

/** "usersAffected" → "users affected". */
const words = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * Where a finding is, in words a reader knows from the console: "Timeline, event 3: description",
 * "Incident facts: summary", "Action items, item 2: owner".
 */
export function placeLabel(path: StringPath): string {
  // The archive's own areas are named without "archive"; the backlog is an area of its own.
  const parts = path[0] === 'archive' ? path.slice(1) : path;
  const [first, ...tail] = parts;
  const named = typeof first === 'string' ? AREAS[first] : undefined;
  let head = named?.one ?? (typeof first === 'string' ? words(first) : String(first ?? ''));
  let fields = tail;
  if (named?.many !== undefined && typeof tail[0] === 'number') {
    head = `${head}, ${named.many} ${tail[0] + 1}`;
    // An item wrapped with its review (the backlog, a tracker file's rows) is named by its own fields: "item 2: title".
    fields = tail[1] === 'item' ? tail.slice(2) : tail.slice(1);
  }
  const field = fields.map((part) => (typeof part === 'number' ? String(part + 1) : words(part))).join(' ');
  return field === '' ? head : `${head}: ${field}`;
}
