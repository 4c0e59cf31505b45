import { EXIT_OK, stringFlag, type Command } from '../command.ts';
import { printApiError } from '../print-error.ts';

export const createCommand: Command = {
  name: 'create',
  database: 'write',
  summary: 'Create a meeting and print its id',
  usage: '--title TEXT [--incident ID]',
  flagHelp: ['--title TEXT   the meeting title (required)', '--incident ID  the incident it reviews, e.g. INC-2041'],
  options: {
    title: { type: 'string' },
    incident: { type: 'string' },
  },
  async run(context) {
    const title = stringFlag(context.values, 'title');
    if (title === undefined) return context.usageError('create needs --title TEXT');
    const incidentId = stringFlag(context.values, 'incident');

    const api = await context.api();
    const created = api.call('meetings.create', incidentId === undefined ? { title } : { title, incidentId });
    if (!created.ok) return printApiError(context, created.error);
    context.out(context.json ? JSON.stringify(created.result, null, 2) : created.result.id);
    return EXIT_OK;
  },
};
