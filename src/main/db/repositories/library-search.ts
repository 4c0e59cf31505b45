import type { Database } from 'better-sqlite3';
import type { LibrarySearchHit } from '../../../shared/api/library.ts';
import type { Severity } from '../../../shared/domain/meeting.ts';
import { isSearchKind, type SearchField } from '../../../shared/library/match-place.ts';
import { MATCH_END, MATCH_START, snippetParts } from '../../../shared/library/search-query.ts';
import { statement } from '../statements.ts';

/** Words of context a snippet shows around its matches. */
const SNIPPET_TOKENS = 14;
/**
 * How many best-ranked matching fields are read for each review answered. Results are one per review, so a review
 * with many matching fields uses up several; reading a bounded window keeps a common word as quick as a rare one
 * (FTS5 ranks every match, but builds snippets only for the rows read).
 */
const WINDOW_PER_HIT = 10;
const WINDOW_MAX = 1_000;

interface HitRow {
  meetingId: string;
  kind: string;
  itemId: string;
  field: string;
  snippet: string;
  incidentId: string;
  title: string;
  severity: Severity | null;
  incidentStartedAt: number | null;
  createdAt: number;
  timeZone: string;
}

/**
 * The reviews whose text matches `match` (an FTS5 query; build it with ftsQuery() from src/shared, never from typed
 * text), best first by the index's rank (bm25, headings weighted), one per review at its best match.
 */
export function searchLibrary(db: Database, match: string, limit: number): LibrarySearchHit[] {
  const rows = statement(
    db,
    `SELECT d.meeting_id AS meetingId, d.kind, d.item_id AS itemId, d.field, best.snippet,
       m.incident_id AS incidentId, m.title, m.severity, m.incident_started_at AS incidentStartedAt,
       m.created_at AS createdAt, m.time_zone AS timeZone
     FROM (
       SELECT rowid AS id, rank, snippet(search_index, -1, @start, @end, '…', ${SNIPPET_TOKENS}) AS snippet
       FROM search_index WHERE search_index MATCH @match ORDER BY rank LIMIT @window
     ) AS best
     JOIN search_documents AS d ON d.id = best.id
     JOIN meetings AS m ON m.id = d.meeting_id
     ORDER BY best.rank, d.id`,
  ).all({ match, start: MATCH_START, end: MATCH_END, window: Math.min(WINDOW_MAX, limit * WINDOW_PER_HIT) }) as HitRow[];
  const hits: LibrarySearchHit[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.meetingId) || !isSearchKind(row.kind)) continue;
    seen.add(row.meetingId);
    const { snippet, kind, field, ...rest } = row;
    hits.push({ ...rest, kind, field: field as SearchField, snippet: snippetParts(snippet) });
    if (hits.length === limit) break;
  }
  return hits;
}
