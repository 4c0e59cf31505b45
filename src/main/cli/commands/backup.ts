import fs from 'node:fs';
import path from 'node:path';
import { EXIT_FAILED, EXIT_OK, stringFlag, type Command } from '../command.ts';

export const backupCommand: Command = {
  name: 'backup',
  database: 'read',
  summary: 'Copy the whole database to one file (all meetings), e.g. to move it to another computer',
  usage: '--to FILE',
  flagHelp: [
    '--to FILE      where to write the copy (required); a file that already exists is left alone and the command fails',
    "               The copy is taken with SQLite's backup API while Debrief may be running, and is named FILE only once complete.",
  ],
  options: {
    to: { type: 'string' },
  },
  async run(context) {
    const to = stringFlag(context.values, 'to');
    if (to === undefined || to === '') return context.usageError('backup needs --to FILE');
    const target = path.resolve(to);
    if (fs.existsSync(target)) {
      const message = `${target} already exists; nothing was written. Choose another name, or remove it first.`;
      context.err(context.json ? JSON.stringify({ ok: false, error: { code: 'file_exists', message } }) : `error: ${message}`);
      return EXIT_FAILED;
    }
    const api = await context.api();
    await api.backup(target);
    const bytes = fs.statSync(target).size;
    context.out(context.json ? JSON.stringify({ path: target, bytes }, null, 2) : target);
    return EXIT_OK;
  },
};
