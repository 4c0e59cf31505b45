import path from 'node:path';
import { restoreBackup } from '../../db/restore.ts';
import { EXIT_OK, stringFlag, type Command } from '../command.ts';

export const restoreCommand: Command = {
  name: 'restore',
  // It checks the damaged file itself: opening it as the other commands do is what refuses it.
  database: 'none',
  summary: 'Put a good backup in the place of a damaged database, keeping the damaged file under a new name',
  usage: '[--from BACKUP]',
  flagHelp: [
    '--from BACKUP  the backup to restore (default: the newest one beside the database that passes the integrity check)',
    '               The damaged file is renamed to <database>.damaged-<time>, never deleted; the backup stays where it is.',
    '               A database that is not damaged is left as it is.',
  ],
  options: {
    from: { type: 'string' },
  },
  async run(context) {
    const from = stringFlag(context.values, 'from');
    if (from === '') return context.usageError('--from must not be empty');
    const restored = await restoreBackup(context.databasePath, from === undefined ? {} : { from: path.resolve(from) });
    if (context.json) {
      context.out(JSON.stringify({ database: context.databasePath, ...restored }, null, 2));
    } else {
      const kept = restored.keptAs === null ? '' : `; the damaged file is kept as ${restored.keptAs}`;
      context.out(`Restored ${restored.backup} to ${context.databasePath}${kept}.`);
    }
    return EXIT_OK;
  },
};
