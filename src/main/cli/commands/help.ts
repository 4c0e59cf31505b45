import { EXIT_OK, type Command } from '../command.ts';
import { commandUsage, generalUsage } from '../usage.ts';

export const helpCommand: Command = {
  name: 'help',
  database: 'none',
  summary: "Show this help, or one command's flags",
  usage: '[COMMAND]',
  flagHelp: [],
  options: {},
  allowPositionals: true,
  async run(context) {
    const [name, ...extra] = context.positionals;
    if (extra.length > 0) return context.usageError('help takes at most one command name');
    if (name === undefined) {
      context.out(generalUsage(context.commands));
      return EXIT_OK;
    }
    const command = context.commands.find((candidate) => candidate.name === name);
    if (command === undefined) return context.usageError(`unknown command "${name}"`);
    context.out(commandUsage(command));
    return EXIT_OK;
  },
};
