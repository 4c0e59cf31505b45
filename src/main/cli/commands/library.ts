import path from 'node:path';
import type { LibrarySource, SourceProblem, SourceReadResult } from '../../../shared/domain/library-source.ts';
import { EXIT_OK, type Command, type CommandContext } from '../command.ts';
import { cellText, formatLocalTime, formatTable } from '../format-table.ts';
import type { LocalApi } from '../local-api.ts';
import { printApiError } from '../print-error.ts';

/**
 * What `library add --json` prints: the source once the whole folder is read, the counts of every batch added up, and
 * the archives that could not be read, each with why (the reviews they gave before are kept).
 */
export type LibraryAddReport = Omit<SourceReadResult, 'remaining'> & { problems: SourceProblem[] };

/** What `library remove --json` prints. */
export interface LibraryRemoveReport {
  id: string;
  path: string;
  /** How many reviews read from it went with it. */
  reviewsRemoved: number;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
/** A folder or file name on one terminal line. */
const shown = (text: string): string => cellText(text, 400);

/**
 * Adds the folder (or reads it again when it was added before) and goes on reading it batch after batch, as the app
 * does, until nothing remains; answers what the whole read did, or an exit code.
 */
function addFolder(context: CommandContext, api: LocalApi, folder: string): LibraryAddReport | number {
  const first = api.call('sources.add', { path: folder });
  if (!first.ok) return printApiError(context, first.error);
  let read: SourceReadResult = first.result;
  let added = read.added;
  let updated = read.updated;
  let removed = read.removed;
  while (read.remaining > 0) {
    if (!context.json) context.err(`Read ${plural(added + updated, 'archive')}; ${read.remaining.toLocaleString('en-US')} to go…`);
    const before = read;
    const next = api.call('sources.reread', { id: read.source.id });
    if (!next.ok) return printApiError(context, next.error);
    read = next.result;
    if (read.added + read.updated === 0 && read.remaining >= before.remaining) {
      return printApiError(context, {
        code: 'conflict',
        message: `Reading ${folder} stopped making progress: ${plural(read.remaining, 'archive')} left unread`,
      });
    }
    added += read.added;
    updated += read.updated;
    removed += read.removed;
  }
  // The last read counts what the earlier batches imported as unchanged; an archive of this library's own reviews and
  // one that cannot be read are never recorded, so the last read, which reached every file, counts them all.
  const unchanged = read.unchanged - (added + updated - read.added - read.updated);
  return { source: read.source, added, updated, removed, unchanged, own: read.own, problems: read.source.problems };
}

function addText(report: LibraryAddReport): string {
  const { source } = report;
  const lines = [
    `${shown(source.path)} is a library source ("${shown(source.name)}"), read-only: ${plural(source.meetingIds.length, 'review')} from it.`,
    `added ${report.added}, updated ${report.updated}, removed ${report.removed}, unchanged ${report.unchanged}, own ${report.own}`,
  ];
  if (report.own > 0) lines.push(`(${plural(report.own, 'archive')} of reviews already in this library, which published them, were not read in again.)`);
  if (report.problems.length > 0) {
    lines.push(`${plural(report.problems.length, 'archive')} could not be read (the reviews they gave before are kept):`);
    for (const problem of report.problems) lines.push(`  ${shown(problem.file)}: ${shown(problem.message)}`);
  }
  return lines.join('\n');
}

function sourcesText(sources: readonly LibrarySource[]): string {
  if (sources.length === 0) return 'No library sources. Add a folder of published reviews with: npm run cli -- library add DIR';
  return formatTable(
    ['NAME', 'REVIEWS', 'PROBLEMS', 'READ', 'PATH'],
    sources.map((source) => [
      cellText(source.name, 32),
      String(source.meetingIds.length),
      String(source.problems.length),
      source.readAt === null ? '-' : formatLocalTime(source.readAt),
      shown(source.path),
    ]),
  );
}

export const libraryCommand: Command = {
  name: 'library',
  database: 'write',
  readOnlyActions: ['list'],
  summary: 'Read a folder of published reviews into this library (read-only), list such folders, or remove one',
  usage: 'add DIR | remove DIR | list',
  flagHelp: [
    "add DIR      adds DIR, a folder published to with `publish --to` (a clone of the team's repository, say), as a",
    '             library source, and returns once it is read: each DIR/<folder>/archive.json becomes a read-only',
    '             review, found by search and counted in trends and follow-ups. Progress goes to stderr (not with',
    '             --json); then what the read did: added, updated, removed, unchanged, own (reviews this library',
    '             published itself, not read in twice) and the archives that could not be read, with why.',
    '             Adding it again reads only what changed; a large folder is read in one transaction per batch.',
    "remove DIR   forgets the library source at DIR and removes the reviews read from it (the folder's files stay)",
    'list         the library sources: reviews read from each, problems, when last read, folder',
  ],
  options: {},
  allowPositionals: true,
  async run(context) {
    const [action, dir, ...extra] = context.positionals;
    if (action === undefined) return context.usageError('library needs add DIR, remove DIR or list');
    if (action !== 'add' && action !== 'remove' && action !== 'list') return context.usageError(`unknown library action "${action}"`);
    if (action === 'list' ? dir !== undefined : dir === undefined || dir === '' || extra.length > 0) {
      return context.usageError(action === 'list' ? 'library list takes no folder' : `library ${action} needs one folder: library ${action} DIR`);
    }

    const api = await context.api();
    if (action === 'list') {
      const listed = api.call('sources.list', {});
      if (!listed.ok) return printApiError(context, listed.error);
      context.out(context.json ? JSON.stringify(listed.result, null, 2) : sourcesText(listed.result));
      return EXIT_OK;
    }
    const folder = path.resolve(dir ?? '');
    if (action === 'add') {
      const report = addFolder(context, api, folder);
      if (typeof report === 'number') return report;
      context.out(context.json ? JSON.stringify(report, null, 2) : addText(report));
      return EXIT_OK;
    }

    const listed = api.call('sources.list', {});
    if (!listed.ok) return printApiError(context, listed.error);
    const source = listed.result.find((candidate) => candidate.path === folder);
    if (source === undefined) return printApiError(context, { code: 'not_found', message: `${folder} is not a library source (see: library list)` });
    const removed = api.call('sources.remove', { id: source.id });
    if (!removed.ok) return printApiError(context, removed.error);
    const report: LibraryRemoveReport = { id: source.id, path: source.path, reviewsRemoved: source.meetingIds.length };
    context.out(
      context.json
        ? JSON.stringify(report, null, 2)
        : `Removed the library source ${shown(source.path)} and the ${plural(report.reviewsRemoved, 'review')} read from it.`,
    );
    return EXIT_OK;
  },
};
