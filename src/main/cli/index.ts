import { COMMANDS } from './command-table.ts';
import { runCli } from './run-cli.ts';

/** `npm run cli -- <command>`: Debrief's API from a terminal, through the same validation as the app. */
process.exitCode = await runCli(process.argv.slice(2), COMMANDS, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
});
