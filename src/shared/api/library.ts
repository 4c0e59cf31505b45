import { z } from 'zod';
import type { Severity } from '../domain/meeting.ts';
import { SEARCH_TEXT_MAX, type SnippetPart } from '../library/search-query.ts';
import type { SearchField, SearchKind } from '../library/match-place.ts';
import { typedText } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

export const SEARCH_LIMIT_MAX = 100;

export const librarySearchInput = z.strictObject({
  /** What the person typed; made into a safe FTS5 query by ftsQuery() (src/shared/library/search-query.ts). */
  query: typedText(SEARCH_TEXT_MAX),
  /** How many reviews to answer, best first. */
  limit: z
    .number({ message: 'must be a number of reviews' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(SEARCH_LIMIT_MAX, { message: `must be at most ${SEARCH_LIMIT_MAX}` })
    .default(20),
});

/** One review that matched, with where its best match is and a snippet of it. */
export interface LibrarySearchHit {
  meetingId: string;
  incidentId: string;
  title: string;
  severity: Severity | null;
  /** When the incident began, if known; else null and `createdAt` dates the review. */
  incidentStartedAt: number | null;
  createdAt: number;
  /** The meeting's time zone, for writing those dates. */
  timeZone: string;
  /** What the best match is in (a timeline event, a why, the meeting itself…), its id and the field. */
  kind: SearchKind;
  itemId: string;
  field: SearchField;
  /** A few words around the matches, cut with "…", the matched words marked. */
  snippet: SnippetPart[];
}

export const libraryMethods = {
  /**
   * Full-text search over every review: ranked by bm25 (titles and other headings count four times), one hit per
   * review at its best-ranked match. Text with no word in it answers nothing.
   */
  'library.search': {
    input: librarySearchInput,
    result: returns<LibrarySearchHit[]>(),
    resend: 'read',
    noteTaker: { access: 'refused', because: 'a note-taker sees only the meeting they joined' },
  },
} as const satisfies MethodDeclarations;
