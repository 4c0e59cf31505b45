import type { Database } from 'better-sqlite3';
import type { LibrarySearchHit } from '../../../shared/api/library.ts';
import type { Severity } from '../../../shared/domain/meeting.ts';
import { isSearchKind, type SearchField } from '../../../shared/library/match-place.ts';
import { holdsTerm, MATCH_END, MATCH_START, snippetParts } from '../../../shared/library/search-query.ts';
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

const toHit = ({ id: _id, kind, field, snippet, ...rest }: HitRow & { snippet: string }): LibrarySearchHit[] =>
  isSearchKind(kind) ? [{ ...rest, kind, field: field as SearchField, snippet: snippetParts(snippet) }] : [];

/**
 * The reviews whose text holds every term (each an FTS5 query from ftsTerms() in src/shared, never typed text). First
 * those with every term in one field, best first; then, when they are fewer than `limit`, those that hold the terms
 * in different fields, newest first. One read transaction, so both parts see one snapshot.
 */
export function searchLibrary(db: Database, terms: readonly string[], limit: number): LibrarySearchHit[] {
  return db.transaction(() => {
    const together = searchOneField(db, terms.join(' '), limit);
    if (terms.length < 2 || together.length >= limit) return together;
    return [...together, ...searchAcrossFields(db, terms, limit - together.length, new Set(together.map((hit) => hit.meetingId)))];
  })();
}

/** How many fields match `match`, counted up to COMMON_MATCHES. */
const matchCount = (db: Database, match: string): number =>
  statement(db, 'SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH @match LIMIT @common)')
    .pluck()
    .get({ match, common: COMMON_MATCHES }) as number;

/** How many reviews holding the rarest word are checked for the other words across their fields, newest first. */
export const ACROSS_FIELDS_CHECKED_MAX = 500;

/**
 * The reviews that hold every term somewhere among their fields but not all in one: the reviews holding the rarest
 * term (the newest ACROSS_FIELDS_CHECKED_MAX of them), each checked for the other terms over its own fields; newest
 * review first, each shown at its best field for the rarest term. Reading every review of a common word would take
 * time in proportion to the library; the rarest word's reviews are few.
 */
function searchAcrossFields(db: Database, terms: readonly string[], limit: number, found: ReadonlySet<string>): LibrarySearchHit[] {
  const byRarity = terms.map((term) => ({ term, count: matchCount(db, term) })).sort((a, b) => a.count - b.count);
  const [rarest, ...others] = byRarity.map(({ term }) => term);
  if (rarest === undefined) return [];
  const holding = statement(
    db,
    `SELECT m.id FROM meetings AS m
     WHERE m.id IN (
       SELECT meeting_id FROM search_documents
       WHERE id IN (SELECT rowid FROM search_index WHERE search_index MATCH @match ORDER BY rowid DESC LIMIT @ranked)
     )
     ORDER BY m.updated_at DESC, m.id`,
  )
    .pluck()
    .all({ match: rarest, ranked: RANKED_FIELDS_MAX }) as string[];
  const candidates = holding.filter((id) => !found.has(id)).slice(0, ACROSS_FIELDS_CHECKED_MAX);
  if (candidates.length === 0) return [];
  const fields = statement(
    db,
    'SELECT meeting_id AS meetingId, heading, body FROM search_documents WHERE meeting_id IN (SELECT value FROM json_each(@ids))',
  ).all({
    ids: JSON.stringify(candidates),
  }) as Array<{ meetingId: string; heading: string; body: string }>;
  const textOf = new Map<string, string[]>();
  for (const field of fields) {
    const texts = textOf.get(field.meetingId) ?? [];
    texts.push(field.heading, field.body);
    textOf.set(field.meetingId, texts);
  }
  const matching = candidates.filter((id) => others.every((term) => (textOf.get(id) ?? []).some((text) => holdsTerm(text, term)))).slice(0, limit);
  if (matching.length === 0) return [];
  const rows = statement(
    db,
    `WITH chosen AS (SELECT value AS id FROM json_each(@ids)),
     matched AS (
       SELECT rowid AS id, bm25(search_index, 4.0, 1.0) AS score FROM search_index WHERE search_index MATCH @match ORDER BY rowid DESC LIMIT @ranked
     ),
     ranked AS (
       SELECT c.id, row_number() OVER (PARTITION BY d.meeting_id ORDER BY c.score, c.id) AS place
       FROM matched AS c JOIN search_documents AS d ON d.id = c.id
       WHERE d.meeting_id IN (SELECT id FROM chosen)
     )
     SELECT r.id, d.meeting_id AS meetingId, d.kind, d.item_id AS itemId, d.field,
       m.incident_id AS incidentId, m.title, m.severity, m.incident_started_at AS incidentStartedAt,
       m.created_at AS createdAt, m.time_zone AS timeZone
     FROM ranked AS r
     JOIN search_documents AS d ON d.id = r.id
     JOIN meetings AS m ON m.id = d.meeting_id
     WHERE r.place = 1
     ORDER BY m.updated_at DESC, m.id`,
  ).all({ ids: JSON.stringify(matching), match: rarest, ranked: RANKED_FIELDS_MAX }) as HitRow[];
  const snippets = snippetsOf(db, rarest, rows, RANKED_FIELDS_MAX);
  return rows.flatMap((row) => toHit({ ...row, snippet: snippets.get(row.id) ?? '' }));
}

/**
 * snippet() of the answered fields: it needs the MATCH it highlights. Walking the newest `ranked` fields again, as the
 * ranking did, finds each answered field at once (a lookup by rowid, or a lower bound, reads the word's whole list of
 * fields); CASE makes the snippet only for the fields answered.
 */
function snippetsOf(db: Database, match: string, rows: readonly HitRow[], ranked: number): Map<number, string> {
  const found = statement(
    db,
    `SELECT rowid AS id,
       CASE WHEN rowid IN (SELECT value FROM json_each(@ids))
         THEN snippet(search_index, -1, @start, @end, '…', ${SNIPPET_TOKENS}) END AS snippet
     FROM search_index WHERE search_index MATCH @match ORDER BY rowid DESC LIMIT @ranked`,
  ).all({ match, start: MATCH_START, end: MATCH_END, ranked, ids: JSON.stringify(rows.map((row) => row.id)) }) as Array<{
    id: number;
    snippet: string | null;
  }>;
  return new Map(found.flatMap((row) => (row.snippet === null ? [] : [[row.id, row.snippet] as const])));
}

/**
 * The reviews with every term of `match` in one field, best first by bm25 with headings weighted 4 to 1 (newest first
 * for a query as common as COMMON_MATCHES), one per review at its best-ranked field, with a snippet of that field:
 * whether the query is common, the ranking, then snippet() for just the fields answered.
 */
function searchOneField(db: Database, match: string, limit: number): LibrarySearchHit[] {
  const common = matchCount(db, match) >= COMMON_MATCHES;
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
  const snippets = snippetsOf(db, match, rows, RANKED_FIELDS_MAX);
  return rows.flatMap((row) => toHit({ ...row, snippet: snippets.get(row.id) ?? '' }));
}
