import { readFile } from 'node:fs/promises';
import { planStatusImport, type CurrentItem, type StatusImportPlan } from '../../../shared/actions/status-import/plan.ts';
import { planSummaryText, planText } from '../../../shared/actions/status-import/plan-text.ts';
import type { ApiErrorBody } from '../../../shared/api/errors.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { EXIT_FAILED, EXIT_OK, stringFlag, type Command, type CommandContext } from '../command.ts';
import { cellText } from '../format-table.ts';
import type { LocalApi } from '../local-api.ts';
import { printApiError } from '../print-error.ts';

/** Far more than any Jira export of a few thousand issues with all fields; a larger file is the wrong one. */
const FILE_BYTES_MAX = 50 * 1024 * 1024;
/** Room for a full title (500 characters) and the words around it. */
const LINE_MAX = 1000;

/** What `import-statuses --json` prints. */
export interface ImportStatusesReport {
  dryRun: boolean;
  /** How many items' statuses were written: 0 on a dry run. */
  applied: number;
  plan: StatusImportPlan;
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

function unreadable(context: CommandContext, file: string, reason: string): number {
  const message = `${file}: ${reason}`;
  context.err(context.json ? JSON.stringify({ ok: false, error: { code: 'unreadable_file', message } }) : `error: cannot read ${message}`);
  return EXIT_FAILED;
}

/** Every stored action item, of every meeting. */
function currentItems(api: LocalApi): { ok: true; items: CurrentItem[] } | { ok: false; error: ApiErrorBody } {
  const meetings = api.call('meetings.list', {});
  if (!meetings.ok) return meetings;
  const items: CurrentItem[] = [];
  for (const meeting of meetings.result) {
    const listed = api.call('actions.list', { meetingId: meeting.id });
    if (!listed.ok) return listed;
    items.push(...listed.result);
  }
  return { ok: true, items };
}

function printPlan(context: CommandContext, plan: StatusImportPlan, dryRun: boolean): void {
  if (context.json) return;
  context.out(`${dryRun ? 'Would change' : 'Changes'}: ${planSummaryText(plan)}`);
  for (const line of planText(plan)) context.out(`  ${cellText(line, LINE_MAX)}`);
}

export const importStatusesCommand: Command = {
  name: 'import-statuses',
  database: 'write',
  summary: "Bring action-item statuses back from a Jira CSV export (the items' debrief-<id> labels)",
  usage: '--file FILE [--dry-run]',
  flagHelp: [
    '--file FILE   a Jira CSV export (Export CSV, all fields) with the Status and Labels columns (required)',
    '--dry-run     show what would change and change nothing',
    '              To Do → open, In Progress → in progress, Done → done, by Status Category when the export has it;',
    '              a status in none of them is shown and its item left as it is. Exit code 0 when the changes were',
    '              applied or there were none, 1 when the file could not be read as a Jira export.',
  ],
  options: {
    file: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  async run(context) {
    const file = stringFlag(context.values, 'file');
    if (file === undefined || file === '') return context.usageError('import-statuses needs --file FILE');
    const dryRun = context.values['dry-run'] === true;

    let text: string;
    try {
      text = await readText(file);
    } catch (error) {
      return unreadable(context, file, errorMessage(error));
    }

    const api = await context.api();
    const current = currentItems(api);
    if (!current.ok) return printApiError(context, current.error);
    const plan = planStatusImport(text, current.items);
    if (plan.errors.length > 0) {
      const lines = plan.errors.map((error) => `${error.line === null ? '' : `line ${error.line}: `}${error.message}`);
      context.err(
        context.json
          ? JSON.stringify({ ok: false, error: { code: 'invalid_input', message: `${file}: ${lines.join('; ')}` }, errors: plan.errors })
          : lines.map((line) => `error: ${file}: ${cellText(line, LINE_MAX)}`).join('\n'),
      );
      return EXIT_FAILED;
    }

    printPlan(context, plan, dryRun);
    let applied = 0;
    if (!dryRun && plan.changes.length > 0) {
      const result = api.call('actions.applyStatuses', { changes: plan.changes.map(({ itemId, to }) => ({ id: itemId, status: to })) });
      if (!result.ok) return printApiError(context, result.error);
      applied = plan.changes.length;
    }
    if (context.json) {
      const report: ImportStatusesReport = { dryRun, applied, plan };
      context.out(JSON.stringify(report, null, 2));
    } else if (plan.changes.length === 0) {
      context.out('Nothing to change.');
    } else {
      context.out(dryRun ? 'Dry run: nothing was changed.' : `Applied ${applied} ${applied === 1 ? 'change' : 'changes'}.`);
    }
    return EXIT_OK;
  },
};
