import type { Meeting } from '../domain/meeting.ts';
import { safeNamePart } from '../report/file-name.ts';
import { calendarDateAt } from '../time/zoned-time.ts';

/** Longest folder name, date included: well inside every file system's limit on a name and on a whole path. */
export const PUBLICATION_FOLDER_MAX = 80;

/** The day a published review is filed under: the incident's start, else the meeting's, else when it was created. */
export function publicationDate(meeting: Pick<Meeting, 'incidentStartedAt' | 'scheduledAt' | 'createdAt' | 'timeZone'>): string {
  const at = meeting.incidentStartedAt ?? meeting.scheduledAt ?? meeting.createdAt;
  try {
    return calendarDateAt(at, meeting.timeZone);
  } catch {
    // A time zone this system does not know: the UTC date is still a date.
    return new Date(at).toISOString().slice(0, 10);
  }
}

/**
 * "2026-11-20-INC-2041": the date, then the incident id (the title when there is none), as one folder name that is safe
 * on every file system whatever was typed: no separators or `..` (so never a path), no characters Windows refuses, no
 * invisible or direction-changing characters, in Unicode's composed form (macOS would otherwise store a second
 * spelling), and never a name Windows reserves, since it starts with the date.
 */
export function publicationFolderName(meeting: Pick<Meeting, 'incidentId' | 'title' | 'incidentStartedAt' | 'scheduledAt' | 'createdAt' | 'timeZone'>): string {
  const date = publicationDate(meeting);
  const room = PUBLICATION_FOLDER_MAX - date.length - 1;
  const part = (text: string) =>
    safeNamePart(
      text
        .normalize('NFC')
        .replace(/[\s/\\]+/gu, ' ')
        .replace(/\.{2,}/g, '.'),
      room,
    );
  const named = part(meeting.incidentId) || part(meeting.title);
  return named === '' ? `${date}-review` : `${date}-${named}`;
}

/**
 * `wanted`, or `wanted-2`, `-3`… when another review's folder already has that name, compared ignoring case, as
 * macOS and Windows do.
 */
export function unusedFolderName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set(Array.from(taken, (name) => name.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = `${wanted}-${n}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
