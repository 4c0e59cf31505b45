import { COMMANDS } from './command-table.ts';
import { runCli } from './run-cli.ts';

/** `npm run cli -- <command>`: Debrief's API from a terminal, through the same validation as the app. */

// npm runs a script from the package's folder; relative paths (--db, --file, --out) mean the folder the user typed in.
if (process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

process.exitCode = await runCli(process.argv.slice(2), COMMANDS, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
});
