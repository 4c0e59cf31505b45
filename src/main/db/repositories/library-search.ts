import type { Database } from 'better-sqlite3';
import type { LibrarySearchHit } from '../../../shared/api/library.ts';
import type { Severity } from '../../../shared/domain/meeting.ts';
import { isSearchKind, type SearchField } from '../../../shared/library/match-place.ts';
import { MATCH_END, MATCH_START, snippetParts } from '../../../shared/library/search-query.ts';
import { statement } from '../statements.ts';

/** Words of context a snippet shows around its matches. */
const SNIPPET_TOKENS = 14;
/**
 * How many matching fields are ranked at most: the most recently written ones (highest rowid). bm25 must score every
 * field it ranks, so a word found in a large part of the library (a "the", or a two-letter prefix while typing)
 * would take time in proportion to the library; bounded here, it takes the same time as a rarer word. A word found
 * in fewer fields than this is ranked over all of them. `npm run bench:library` measures both.
 */
export const RANKED_FIELDS_MAX = 2_000;
/**
 * bm25 also counts, once per query, every field holding each word (its inverse document frequency), however few
 * fields are ranked: for a word in most of the library ("the") that alone takes tens of milliseconds. A query that
 * matches at least this many fields says little about any one review, so its matches are ordered newest first
 * instead, without bm25; counting up to this many rowids takes a few milliseconds.
 */
export const COMMON_MATCHES = 25_000;

interface HitRow {
  id: number;
  meetingId: string;
  kind: string;
  itemId: string;
  field: string;
  incidentId: string;
  title: string;
  severity: Severity | null;
  incidentStartedAt: number | null;
  createdAt: number;
  timeZone: string;
}

/**
 * The reviews whose text matches `match` (an FTS5 query: build it with ftsQuery() from src/shared, never from typed
 * text), best first by bm25 with headings weighted 4 to 1 (newest first for a query as common as COMMON_MATCHES), one
 * per review at its best-ranked field, with a snippet of that field. Statements in one read transaction: whether the query is common, the ranking, then snippet() for
 * just the fields answered.
 */
export function searchLibrary(db: Database, match: string, limit: number): LibrarySearchHit[] {
  return db.transaction(() => {
    const common =
      (statement(db, 'SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH @match LIMIT @common)')
        .pluck()
        .get({ match, common: COMMON_MATCHES }) as number) >= COMMON_MATCHES;
    const rows = statement(
      db,
      `WITH candidates AS (
         SELECT rowid AS id, ${common ? '-rowid' : 'bm25(search_index, 4.0, 1.0)'} AS score FROM search_index
         WHERE search_index MATCH @match ORDER BY rowid DESC LIMIT @ranked
       ),
       ranked AS (
         SELECT c.id, c.score, row_number() OVER (PARTITION BY d.meeting_id ORDER BY c.score, c.id) AS place
         FROM candidates AS c JOIN search_documents AS d ON d.id = c.id
       )
       SELECT r.id, d.meeting_id AS meetingId, d.kind, d.item_id AS itemId, d.field,
         m.incident_id AS incidentId, m.title, m.severity, m.incident_started_at AS incidentStartedAt,
         m.created_at AS createdAt, m.time_zone AS timeZone
       FROM ranked AS r
       JOIN search_documents AS d ON d.id = r.id
       JOIN meetings AS m ON m.id = d.meeting_id
       WHERE r.place = 1
       ORDER BY r.score, r.id
       LIMIT @limit`,
    ).all({ match, ranked: RANKED_FIELDS_MAX, limit }) as HitRow[];
    if (rows.length === 0) return [];
    // snippet() needs the MATCH it highlights. Walking the same newest fields again, as the ranking did, finds each
    // answered field at once (a lookup by rowid, or a lower bound, reads the word's whole list of fields); CASE makes
    // the snippet only for the fields answered.
    const snippets = new Map(
      (
        statement(
          db,
          `SELECT rowid AS id,
             CASE WHEN rowid IN (SELECT value FROM json_each(@ids))
               THEN snippet(search_index, -1, @start, @end, '…', ${SNIPPET_TOKENS}) END AS snippet
           FROM search_index WHERE search_index MATCH @match ORDER BY rowid DESC LIMIT @ranked`,
        ).all({ match, start: MATCH_START, end: MATCH_END, ranked: RANKED_FIELDS_MAX, ids: JSON.stringify(rows.map((row) => row.id)) }) as Array<{
          id: number;
          snippet: string | null;
        }>
      ).flatMap((row) => (row.snippet === null ? [] : [[row.id, row.snippet] as const])),
    );
    return rows.flatMap(({ id, kind, field, ...rest }) =>
      isSearchKind(kind) ? [{ ...rest, kind, field: field as SearchField, snippet: snippetParts(snippets.get(id) ?? '') }] : [],
    );
  })();
}
