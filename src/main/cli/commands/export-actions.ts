import fs from 'node:fs/promises';
import path from 'node:path';
import { TRACKER_EXPORT_FORMATS, isTrackerExportFormat, writeTrackerExport, type TrackerExportFormat } from '../../../shared/actions/tracker-export/index.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { writeAtomically } from '../../files/atomic-file.ts';
import { EXIT_FAILED, EXIT_OK, stringFlag, type Command, type CommandContext } from '../command.ts';
import { printApiError } from '../print-error.ts';
import { readRedactionFlags, redactedTrackerInput, REDACTION_FLAG_HELP, REDACTION_OPTIONS } from '../redaction-flags.ts';
import { readExportInput } from './export-actions-input.ts';

/** What `export-actions --json` prints. */
export interface ExportActionsReport {
  /** Absolute path of the file written, or "-" for standard output. */
  path: string;
  format: TrackerExportFormat;
  reviews: number;
  items: number;
  bytes: number;
  warnings: string[];
  /** With --redact: how many distinct values were replaced and kept. */
  redaction?: { replaced: number; kept: number };
}

const FORMAT_HELP: Record<TrackerExportFormat, string> = {
  'jira-csv':
    "Jira's CSV import (Summary, Description, Issue Type, Priority, Assignee, Due date, Labels); dates are yyyy-MM-dd, set that format in Jira's importer",
  github: 'a bash script of `gh issue create` calls',
  'gitlab-csv': "GitLab's issue CSV import (title, description, due_date)",
  csv: "a spreadsheet (UTF-8 with a byte order mark): every field; text starting with = + - @ gets a leading '",
  ics: "an iCalendar file: each item's due date and each review's follow-up review date",
};

function fail(context: CommandContext, code: string, message: string): number {
  context.err(context.json ? JSON.stringify({ ok: false, error: { code, message } }) : `error: ${message}`);
  return EXIT_FAILED;
}

/** The GitHub script is made executable; the other files are data. */
async function writeExport(target: string, text: string, format: TrackerExportFormat): Promise<number> {
  const bytes = new TextEncoder().encode(text);
  await writeAtomically(target, (temporary) => fs.writeFile(temporary, bytes, { flag: 'wx', mode: format === 'github' ? 0o755 : 0o644 }));
  return bytes.byteLength;
}

export const exportActionsCommand: Command = {
  name: 'export-actions',
  database: 'read',
  summary: 'Export action items for a tracker (Jira, GitHub, GitLab), a spreadsheet or a calendar, and print what was written',
  usage: `(--meeting ID | --all) --format ${TRACKER_EXPORT_FORMATS.join('|')} --out FILE [--redact [--redact-keep KINDS]]`,
  flagHelp: [
    '--meeting ID        the meeting whose action items to export',
    "--all               every meeting's action items",
    '--format FORMAT     (required) one of:',
    ...TRACKER_EXPORT_FORMATS.map((format) => `                    ${format.padEnd(11)}${FORMAT_HELP[format]}`),
    '--out FILE          where to write (required); "-" prints the file on standard output',
    // The shared lines, with their text moved to this command's column.
    ...REDACTION_FLAG_HELP.map((line) => `${line.slice(0, 18)}  ${line.slice(18)}`),
    "Assignees come from the people directory (the app's People view): Jira takes a person's Jira user, else their",
    'e-mail; GitHub their login. An owner the directory cannot map is left unassigned, with a warning. With --redact,',
    'an owner whose name is replaced is left unassigned too, and a replaced e-mail or login is not used.',
  ],
  options: {
    meeting: { type: 'string' },
    all: { type: 'boolean' },
    format: { type: 'string' },
    out: { type: 'string' },
    ...REDACTION_OPTIONS,
  },
  async run(context) {
    const meetingId = stringFlag(context.values, 'meeting');
    const all = context.values.all === true;
    if (meetingId === undefined && !all) return context.usageError('export-actions needs --meeting ID or --all');
    if (meetingId !== undefined && all) return context.usageError('--meeting and --all cannot be given together');
    if (meetingId === '') return context.usageError('--meeting must not be empty');
    const format = stringFlag(context.values, 'format');
    if (format === undefined) return context.usageError(`export-actions needs --format ${TRACKER_EXPORT_FORMATS.join('|')}`);
    if (!isTrackerExportFormat(format)) return context.usageError(`--format must be one of ${TRACKER_EXPORT_FORMATS.join(', ')} (got "${format}")`);
    const out = stringFlag(context.values, 'out');
    if (out === undefined || out === '') return context.usageError('export-actions needs --out FILE (or "-" for standard output)');
    const redactKeep = readRedactionFlags(context);
    if (typeof redactKeep === 'string') return context.usageError(redactKeep);

    const api = await context.api();
    const read = readExportInput(api, meetingId);
    if ('code' in read) return printApiError(context, read);
    const redacted = redactedTrackerInput(api, read, redactKeep);
    if ('error' in redacted) return printApiError(context, redacted.error);
    if (redacted.summary !== null) context.err(redacted.summary);
    const { input } = redacted;
    const { text, warnings } = writeTrackerExport(format, input);

    let target = '-';
    let bytes = new TextEncoder().encode(text).byteLength;
    if (out === '-') {
      context.out(text.replace(/\r?\n$/, ''));
    } else {
      target = path.resolve(out);
      try {
        bytes = await writeExport(target, text, format);
      } catch (error) {
        return fail(context, 'unwritable_file', `cannot write ${target}: ${errorMessage(error)}`);
      }
    }
    const report: ExportActionsReport = {
      path: target,
      format,
      reviews: input.reviews.length,
      items: input.actions.length,
      bytes,
      warnings,
      ...(redacted.counts ? { redaction: redacted.counts } : {}),
    };
    if (context.json) {
      if (out !== '-') context.out(JSON.stringify(report, null, 2));
      else context.err(JSON.stringify(report));
      return EXIT_OK;
    }
    for (const warning of warnings) context.err(`warning: ${warning}`);
    if (out !== '-') {
      const reviews = `${input.reviews.length} review${input.reviews.length === 1 ? '' : 's'}`;
      context.out(`Wrote ${input.actions.length} action item${input.actions.length === 1 ? '' : 's'} from ${reviews} to ${target} (${format})`);
    }
    return EXIT_OK;
  },
};
