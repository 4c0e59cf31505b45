import { readFile } from 'node:fs/promises';
import type { ImportPreview } from '../../../shared/timeline/import-result.ts';
import { parseChatTimeline } from '../../../shared/timeline/chat-timeline.ts';
import { parseCsvTimeline } from '../../../shared/timeline/csv-timeline.ts';
import { findLikelyDuplicates } from '../../../shared/timeline/duplicates.ts';
import { anchorDateFor } from '../../../shared/time/time-input.ts';
import { EXIT_FAILED, EXIT_OK, stringFlag, type Command, type CommandContext } from '../command.ts';
import { printApiError } from '../print-error.ts';
import { errorMessage } from '../../../shared/error-message.ts';

/** Far more than 5,000 rows of text; a larger file is almost certainly the wrong one. */
const FILE_BYTES_MAX = 50 * 1024 * 1024;

/** How many rejected rows and duplicates the text output lists without --verbose. */
const LISTED_MAX = 20;

/** What `import-timeline --json` prints. */
export interface ImportTimelineReport {
  imported: number;
  skippedDuplicates: number;
  /** Every rejected row, however many. */
  rejected: Array<{ line: number; reason: string }>;
  /** Every row left out as a likely duplicate, and whether it repeats an event of the meeting or of the file. */
  duplicates: Array<{ line: number; of: 'meeting' | 'file' }>;
}

async function readText(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (bytes.byteLength > FILE_BYTES_MAX) throw new Error(`is larger than ${FILE_BYTES_MAX / 1024 / 1024} MB`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('is not UTF-8 text');
  }
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The first LISTED_MAX lines, or all with --verbose, and a line saying how many were left out. */
function listed(lines: string[], verbose: boolean): string[] {
  if (verbose || lines.length <= LISTED_MAX) return lines;
  return [...lines.slice(0, LISTED_MAX), `  ... and ${count(lines.length - LISTED_MAX, 'more', 'more')} (--verbose lists them all)`];
}

/**
 * Exit 0 when every row was imported or skipped as a duplicate, or when at least one row was imported: the good rows
 * are in. Exit 1 when rows were rejected and none was imported.
 */
function report(context: CommandContext, outcome: ImportTimelineReport): number {
  const verbose = context.values.verbose === true;
  if (context.json) {
    context.out(JSON.stringify(outcome, null, 2));
  } else {
    context.out(
      `Imported ${count(outcome.imported, 'event', 'events')}; skipped ${count(outcome.skippedDuplicates, 'likely duplicate', 'likely duplicates')}; rejected ${count(outcome.rejected.length, 'row', 'rows')}.`,
    );
    if (outcome.duplicates.length > 0) {
      const lines = outcome.duplicates.map(
        (row) => `  line ${row.line}: ${row.of === 'meeting' ? 'like an event already in the meeting' : 'like an earlier row of this file'}`,
      );
      context.out(['Skipped as likely duplicates (same minute, similar text; --keep-duplicates imports them):', ...listed(lines, verbose)].join('\n'));
    }
    if (outcome.rejected.length > 0) {
      const lines = outcome.rejected.map((row) => `  line ${row.line}: ${row.reason.replace(/\s+/g, ' ')}`);
      context.err([`Rejected ${count(outcome.rejected.length, 'row', 'rows')}:`, ...listed(lines, verbose)].join('\n'));
    }
  }
  return outcome.rejected.length > 0 && outcome.imported === 0 ? EXIT_FAILED : EXIT_OK;
}

export const importTimelineCommand: Command = {
  name: 'import-timeline',
  database: 'write',
  summary: 'Import a timeline from a CSV file (time, event, actor, phase) or a chat log into a meeting',
  usage: '--meeting ID --file FILE [--chat] [--keep-duplicates] [--verbose]',
  flagHelp: [
    '--meeting ID  the meeting to add the events to (required)',
    '--file FILE   a CSV file with a header row: time, event (or description), optional actor and phase (required)',
    '--chat        read FILE as pasted chat lines such as "[14:05] alice: text" instead of CSV',
    "              Times without a date are on the incident date, without an offset in the meeting's time zone.",
    '--keep-duplicates  import likely duplicates too: rows in the same minute as an event already in the meeting',
    '              (or an earlier row) whose text is the same once case, spacing and punctuation are ignored, or',
    '              has the same numbers and 80% of the same words; they are skipped by default',
    '--verbose     list every rejected row and duplicate, not only the first 20',
    '              Exit code 0 when at least one row was imported, or every row was imported or skipped as a',
    '              duplicate; 1 when rows were rejected and none was imported.',
  ],
  options: {
    meeting: { type: 'string' },
    file: { type: 'string' },
    chat: { type: 'boolean' },
    'keep-duplicates': { type: 'boolean' },
    verbose: { type: 'boolean' },
  },
  async run(context) {
    const meetingId = stringFlag(context.values, 'meeting');
    const file = stringFlag(context.values, 'file');
    if (meetingId === undefined) return context.usageError('import-timeline needs --meeting ID');
    if (file === undefined || file === '') return context.usageError('import-timeline needs --file FILE');

    let text: string;
    try {
      text = await readText(file);
    } catch (error) {
      const reason = errorMessage(error);
      context.err(
        context.json
          ? JSON.stringify({ ok: false, error: { code: 'unreadable_file', message: `${file}: ${reason}` } })
          : `error: cannot read ${file}: ${reason}`,
      );
      return EXIT_FAILED;
    }

    const api = await context.api();
    const meeting = api.call('meetings.get', { id: meetingId });
    if (!meeting.ok) return printApiError(context, meeting.error);
    const timeline = api.call('timeline.list', { meetingId });
    if (!timeline.ok) return printApiError(context, timeline.error);
    const { timeZone, incidentStartedAt } = meeting.result;
    const anchorDate = anchorDateFor({ incidentStartedAt, earliestEventAt: timeline.result[0]?.occurredAt ?? null, now: Date.now(), timeZone });

    const preview: ImportPreview =
      context.values.chat === true ? parseChatTimeline(text, { timeZone, anchorDate }) : parseCsvTimeline(text, { timeZone, anchorDate });
    const split = context.values['keep-duplicates'] === true ? { kept: preview.events, duplicates: [] } : findLikelyDuplicates(preview.events, timeline.result);
    const outcome: ImportTimelineReport = {
      imported: 0,
      skippedDuplicates: split.duplicates.length,
      rejected: preview.rejected,
      duplicates: split.duplicates.map(({ event, of }) => ({ line: event.line, of })),
    };
    if (split.kept.length === 0) return report(context, outcome);
    const imported = api.call('timeline.import', {
      meetingId,
      events: split.kept.map(({ occurredAt, precision, description, actor, phase, source }) => ({
        occurredAt,
        precision,
        description,
        actor,
        phase,
        source,
      })),
    });
    if (!imported.ok) return printApiError(context, imported.error);
    return report(context, { ...outcome, imported: imported.result.count });
  },
};
