import type { LibrarySearchHit } from '../../../shared/api/library.ts';
import { SEARCH_LIMIT_MAX } from '../../../shared/api/library.ts';
import { matchPlace } from '../../../shared/library/match-place.ts';
import { calendarDateAt } from '../../../shared/time/zoned-time.ts';
import { EXIT_OK, stringFlag, type Command } from '../command.ts';
import { cellText } from '../format-table.ts';
import { printApiError } from '../print-error.ts';

/** Typed text on one terminal line, without control or bidi characters. */
const line = (text: string, max = 200): string => cellText(text, max);

/** A snippet on one line, each match between » and «, as a terminal cannot show highlighting everywhere. */
export function snippetLine(hit: LibrarySearchHit): string {
  return hit.snippet.map((part) => (part.match ? `»${line(part.text)}«` : line(part.text))).join('');
}

/** One review per block: what it is, then where it matched and a snippet of that. */
export function searchText(hits: readonly LibrarySearchHit[]): string {
  return hits
    .map((hit) => {
      const date = calendarDateAt(hit.incidentStartedAt ?? hit.createdAt, hit.timeZone);
      const heading = [hit.incidentId === '' ? null : line(hit.incidentId, 24), line(hit.title, 80), hit.severity, date].filter(Boolean).join('  ');
      return `${heading}\n  ${matchPlace(hit.kind, hit.field)}: ${snippetLine(hit)}\n  ${hit.meetingId}`;
    })
    .join('\n\n');
}

export const searchCommand: Command = {
  name: 'search',
  database: 'read',
  summary: 'Search every review (titles, timelines, whys, notes, action items, facts), best match first',
  usage: 'QUERY [--limit N]',
  flagHelp: [
    'QUERY               the words to find, all of them; the last one also matches as the start of a word',
    `--limit N           how many reviews at most (1 to ${SEARCH_LIMIT_MAX}, default 20)`,
  ],
  options: { limit: { type: 'string' } },
  allowPositionals: true,
  async run(context) {
    const query = context.positionals.join(' ');
    if (query.trim() === '') return context.usageError('search needs the words to look for');
    const limitText = stringFlag(context.values, 'limit');
    const limit = limitText === undefined ? undefined : Number(limitText);
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= SEARCH_LIMIT_MAX)) {
      return context.usageError(`--limit must be a whole number from 1 to ${SEARCH_LIMIT_MAX}`);
    }
    const api = await context.api();
    const searched = api.call('library.search', limit === undefined ? { query } : { query, limit });
    if (!searched.ok) return printApiError(context, searched.error);
    if (context.json) context.out(JSON.stringify(searched.result, null, 2));
    else context.out(searched.result.length === 0 ? `No review matches ${JSON.stringify(line(query))}.` : searchText(searched.result));
    return EXIT_OK;
  },
};
