import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { chooseDatabasePath } from '../paths.ts';
import { EXIT_FAILED, EXIT_USAGE, type Command, type CommandContext } from './command.ts';
import type { LocalApi } from './local-api.ts';
import { openLocalApi } from './local-api.ts';
import { openFailureText } from './open-failure.ts';
import { commandUsage, generalUsage } from './usage.ts';
import { errorMessage } from '../../shared/error-message.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

const COMMON_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** Runs one command line and returns the exit code: 0 done, 1 the command failed, 2 the command line was wrong. */
export async function runCli(argv: readonly string[], commands: readonly Command[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(generalUsage(commands));
    return EXIT_USAGE;
  }
  const command = commands.find((candidate) => candidate.name === (name === '--help' || name === '-h' ? 'help' : name));
  if (command === undefined) {
    io.err(`error: unknown command "${name}"\n\n${generalUsage(commands)}`);
    return EXIT_USAGE;
  }
  const usageError = (message: string): number => {
    io.err(`error: ${message}\n\n${commandUsage(command)}`);
    return EXIT_USAGE;
  };

  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, ...COMMON_OPTIONS },
      strict: true,
      allowPositionals: command.allowPositionals ?? false,
    });
  } catch (error) {
    return usageError(errorMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(commandUsage(command));
    return 0;
  }
  if (values.db === '') return usageError('--db must not be empty');

  let api: LocalApi | undefined;
  const databasePath = chooseDatabasePath(typeof values.db === 'string' ? values.db : undefined, io.env);
  const context: CommandContext = {
    values,
    positionals,
    json: values.json === true,
    commands,
    databasePath,
    async api() {
      const writes = command.database === 'write' && !(command.readOnlyActions ?? []).includes(positionals[0] ?? '');
      api ??= await openLocalApi(databasePath, writes ? 'write' : 'read');
      return api;
    },
    out: io.out,
    err: io.err,
    usageError,
  };
  try {
    return await command.run(context);
  } catch (error) {
    io.err(`error: ${api === undefined ? openFailureText(error, databasePath) : errorMessage(error)}`);
    return EXIT_FAILED;
  } finally {
    api?.close();
  }
}
