import { readFile } from 'node:fs/promises';
import type { ImportPreview } from '../../../shared/timeline/import-result.ts';
import { parseChatTimeline } from '../../../shared/timeline/chat-timeline.ts';
import { parseCsvTimeline } from '../../../shared/timeline/csv-timeline.ts';
import { anchorDateFor } from '../../../shared/time/time-input.ts';
import { EXIT_FAILED, EXIT_OK, stringFlag, type Command, type CommandContext } from '../command.ts';
import { printApiError } from '../print-error.ts';
import { errorMessage } from '../../../shared/error-message.ts';

/** Far more than 5,000 rows of text; a larger file is almost certainly the wrong one. */
const FILE_BYTES_MAX = 50 * 1024 * 1024;

/** What `import-timeline --json` prints. */
export interface ImportTimelineReport {
  imported: number;
  rejected: Array<{ line: number; reason: string }>;
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

function report(context: CommandContext, outcome: ImportTimelineReport): number {
  if (context.json) {
    context.out(JSON.stringify(outcome, null, 2));
  } else {
    context.out(`Imported ${outcome.imported} ${outcome.imported === 1 ? 'event' : 'events'}.`);
    if (outcome.rejected.length > 0) {
      const lines = outcome.rejected.map((row) => `  line ${row.line}: ${row.reason.replace(/\s+/g, ' ')}`);
      context.err([`Rejected ${outcome.rejected.length} ${outcome.rejected.length === 1 ? 'row' : 'rows'}:`, ...lines].join('\n'));
    }
  }
  return outcome.rejected.length === 0 && outcome.imported > 0 ? EXIT_OK : EXIT_FAILED;
}

export const importTimelineCommand: Command = {
  name: 'import-timeline',
  database: 'write',
  summary: 'Import a timeline from a CSV file (time, event, actor, phase) or a chat log into a meeting',
  usage: '--meeting ID --file FILE [--chat]',
  flagHelp: [
    '--meeting ID  the meeting to add the events to (required)',
    '--file FILE   a CSV file with a header row: time, event (or description), optional actor and phase (required)',
    '--chat        read FILE as pasted chat lines such as "[14:05] alice: text" instead of CSV',
    "              Times without a date are on the incident date, without an offset in the meeting's time zone.",
    '              Exit code 0 when every row was imported, 1 when a row was rejected or nothing could be imported.',
  ],
  options: {
    meeting: { type: 'string' },
    file: { type: 'string' },
    chat: { type: 'boolean' },
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
    if (preview.events.length === 0) return report(context, { imported: 0, rejected: preview.rejected });
    const imported = api.call('timeline.import', {
      meetingId,
      events: preview.events.map(({ occurredAt, precision, description, actor, phase, source }) => ({
        occurredAt,
        precision,
        description,
        actor,
        phase,
        source,
      })),
    });
    if (!imported.ok) return printApiError(context, imported.error);
    return report(context, { imported: imported.result.count, rejected: preview.rejected });
  },
};
