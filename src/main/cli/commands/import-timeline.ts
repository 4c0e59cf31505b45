import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError, type ApiErrorBody } from '../../../shared/api/errors.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { anchorDateFor } from '../../../shared/time/time-input.ts';
import { findLikelyDuplicates } from '../../../shared/timeline/duplicates.ts';
import { readTimelineFile } from '../../../shared/timeline/formats/registry.ts';
import { TIMELINE_FORMATS, type ReaderOptions, type TimelineFormat } from '../../../shared/timeline/formats/timeline-reader.ts';
import { sendImport, type ImportApi } from '../../../shared/timeline/send-import.ts';
import { parseTimestampText } from '../../../shared/timeline/timestamp-text.ts';
import { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, stringFlag, type Command, type CommandContext } from '../command.ts';
import type { LocalApi } from '../local-api.ts';
import { printApiError } from '../print-error.ts';

/** A 100,000-message Slack export is well under this; a larger file is almost certainly the wrong one. */
const FILE_BYTES_MAX = 512 * 1024 * 1024;

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

async function readBytes(file: string): Promise<Uint8Array> {
  const bytes = await readFile(file);
  if (bytes.byteLength > FILE_BYTES_MAX) throw new Error(`is larger than ${FILE_BYTES_MAX / 1024 / 1024} MB`);
  return bytes;
}

/** The in-process API as sendImport() wants it: each call answers, or throws the error it gave. */
function importApi(api: LocalApi): ImportApi {
  const answer = <T>(outcome: { ok: true; result: T } | { ok: false; error: ApiErrorBody }): Promise<T> =>
    outcome.ok ? Promise.resolve(outcome.result) : Promise.reject(ApiError.fromBody(outcome.error));
  return {
    start: (input) => answer(api.call('timeline.importStart', input)),
    // Each chunk waits a turn of the event loop first: the calls answer at once, and a Ctrl+C is heard only between turns.
    chunk: async (input) => {
      await new Promise((resolve) => setImmediate(resolve));
      return answer(api.call('timeline.import', input));
    },
    finish: (input) => answer(api.call('timeline.importFinish', input)),
    remove: (input) => answer(api.call('timeline.importRemove', input)),
  };
}

/**
 * Ctrl+C or a plain kill while the chunks are written cancels the import, so what was stored is taken back before the
 * process ends. A second Ctrl+C ends it at once (no listener is left), and the service removes the rest later.
 */
function cancelOnSignals(): { signal: AbortSignal; stop(): void } {
  const controller = new AbortController();
  const cancel = () => controller.abort();
  process.once('SIGINT', cancel);
  process.once('SIGTERM', cancel);
  return {
    signal: controller.signal,
    stop() {
      process.off('SIGINT', cancel);
      process.off('SIGTERM', cancel);
    },
  };
}

const isFormat = (text: string): text is TimelineFormat => (TIMELINE_FORMATS as readonly string[]).includes(text);

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

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
  summary: 'Import a timeline into a meeting from CSV, chat lines, a Slack export, PagerDuty, Opsgenie, Alertmanager, GitHub deployments or JSON Lines',
  usage:
    '--meeting ID --file FILE [--format FORMAT] [--channel NAME]... [--from TIME] [--until TIME] [--time-field PATH] [--message-field PATH] [--actor-field PATH] [--keep-duplicates] [--verbose]',
  flagHelp: [
    '--meeting ID  the meeting to add the events to (required)',
    '--file FILE   the file to read (required); its format is recognised unless --format names it',
    `--format F    one of ${TIMELINE_FORMATS.join(', ')}`,
    '              csv: a header row with time, event (or description), optional actor and phase',
    '              chat: lines such as "[14:05] alice: text"; times going backwards roll over to the next day',
    "              Times without a date are on the incident date, without an offset in the meeting's time zone.",
    '--channel NAME  slack: read only this channel (repeat for more); every channel when left out',
    '--from TIME, --until TIME  keep only events in this window, e.g. 2017-01-31T23:00Z or "2017-01-31 23:00"',
    '--time-field, --message-field, --actor-field PATH  jsonl: the fields to read (dotted paths); guessed when left out',
    '--keep-duplicates  import likely duplicates too: rows in the same minute as an event already in the meeting',
    '              (or an earlier row) whose text is the same once case, spacing and punctuation are ignored, or',
    '              has the same numbers and 80% of the same words; they are skipped by default',
    '--verbose     list every rejected row and duplicate, not only the first 20',
    '              A large file is stored in chunks of up to 5,000 events; progress goes to stderr (not with --json).',
    '              Exit code 0 when at least one row was imported, or every row was imported or skipped as a',
    '              duplicate; 1 when rows were rejected and none was imported; 130 when Ctrl+C stopped it, after',
    '              removing what it had stored.',
  ],
  options: {
    meeting: { type: 'string' },
    file: { type: 'string' },
    format: { type: 'string' },
    channel: { type: 'string', multiple: true },
    from: { type: 'string' },
    until: { type: 'string' },
    'time-field': { type: 'string' },
    'message-field': { type: 'string' },
    'actor-field': { type: 'string' },
    'keep-duplicates': { type: 'boolean' },
    verbose: { type: 'boolean' },
  },
  async run(context) {
    const meetingId = stringFlag(context.values, 'meeting');
    const file = stringFlag(context.values, 'file');
    if (meetingId === undefined) return context.usageError('import-timeline needs --meeting ID');
    if (file === undefined || file === '') return context.usageError('import-timeline needs --file FILE');

    const formatFlag = stringFlag(context.values, 'format');
    if (formatFlag !== undefined && !isFormat(formatFlag)) return context.usageError(`--format must be one of ${TIMELINE_FORMATS.join(', ')}`);

    let bytes: Uint8Array;
    try {
      bytes = await readBytes(file);
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

    const options: ReaderOptions = { timeZone, anchorDate, channels: strings(context.values.channel) };
    for (const [flag, key] of [
      ['from', 'from'],
      ['until', 'until'],
    ] as const) {
      const text = stringFlag(context.values, flag);
      if (text === undefined) continue;
      const time = parseTimestampText(text, { timeZone, anchorDate });
      if (!time.ok) return context.usageError(`--${flag} ${time.message}`);
      options[key] = time.occurredAt;
    }
    for (const [flag, key] of [
      ['time-field', 'timeField'],
      ['message-field', 'messageField'],
      ['actor-field', 'actorField'],
    ] as const) {
      const field = stringFlag(context.values, flag);
      if (field !== undefined) options[key] = field;
    }

    const read = readTimelineFile({ name: path.basename(file), bytes }, options, formatFlag);
    if (!read.ok) {
      context.err(context.json ? JSON.stringify({ ok: false, error: { code: 'unknown_format', message: read.message } }) : `error: ${read.message}`);
      return EXIT_FAILED;
    }
    const { preview } = read;
    const split = context.values['keep-duplicates'] === true ? { kept: preview.events, duplicates: [] } : findLikelyDuplicates(preview.events, timeline.result);
    const outcome: ImportTimelineReport = {
      imported: 0,
      skippedDuplicates: split.duplicates.length,
      rejected: preview.rejected,
      duplicates: split.duplicates.map(({ event, of }) => ({ line: event.line, of })),
    };
    if (split.kept.length === 0) return report(context, outcome);
    const interrupt = cancelOnSignals();
    try {
      // A large file takes seconds: each stored chunk but the last says how far it has got, as `library add` does.
      const onProgress = (stored: number, total: number) => {
        if (!context.json && stored < total) context.err(`Stored ${stored.toLocaleString('en-US')} of ${count(total, 'event', 'events')}…`);
      };
      const sent = await sendImport({
        meetingId,
        importId: randomUUID(),
        events: split.kept,
        api: importApi(api),
        signal: interrupt.signal,
        onProgress,
      });
      if (sent.state === 'cancelled') {
        const message = 'the import was interrupted; the events it had stored were removed again, so the timeline is as it was';
        context.err(context.json ? JSON.stringify({ ok: false, error: { code: 'cancelled', message } }) : `error: ${message}`);
        return EXIT_INTERRUPTED;
      }
      return report(context, { ...outcome, imported: sent.count });
    } catch (error) {
      return printApiError(context, error instanceof ApiError ? error.toBody() : { code: 'internal', message: errorMessage(error) });
    } finally {
      interrupt.stop();
    }
  },
};
