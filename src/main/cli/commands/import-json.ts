import { readFile } from 'node:fs/promises';
import { ARCHIVE_TEXT_MAX } from '../../../shared/api/archive.ts';
import { EXIT_FAILED, EXIT_OK, stringFlag, type Command, type CommandContext } from '../command.ts';
import { printApiError } from '../print-error.ts';
import { errorMessage } from '../../../shared/error-message.ts';

async function readArchiveText(file: string): Promise<string> {
  const bytes = await readFile(file);
  if (bytes.byteLength > ARCHIVE_TEXT_MAX) throw new Error(`is larger than ${ARCHIVE_TEXT_MAX / 1024 / 1024} MB`);
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

export const importJsonCommand: Command = {
  name: 'import-json',
  database: 'write',
  summary: 'Import a Debrief meeting archive (.json) as a new meeting and print its id and title',
  usage: '--file FILE',
  flagHelp: [
    '--file FILE   a meeting archive written by `export --format json` or the app (required)',
    '              Everything in it becomes a new meeting with new ids; importing the same file twice gives two meetings.',
    '              Exit code 1, with nothing written, when the file is not a valid archive.',
  ],
  options: {
    file: { type: 'string' },
  },
  async run(context) {
    const file = stringFlag(context.values, 'file');
    if (file === undefined || file === '') return context.usageError('import-json needs --file FILE');

    let archive: string;
    try {
      archive = await readArchiveText(file);
    } catch (error) {
      return unreadable(context, file, errorMessage(error));
    }
    if (archive.trim() === '') return unreadable(context, file, 'is empty');

    const api = await context.api();
    const imported = api.call('archive.import', { archive });
    if (!imported.ok) return printApiError(context, imported.error);
    const { id, title } = imported.result;
    context.out(context.json ? JSON.stringify({ id, title }, null, 2) : `${id}  ${title}`);
    return EXIT_OK;
  },
};
