import { enableCompileCache } from 'node:module';

/** `npm run cli -- <command>`: Debrief's API from a terminal, through the same validation as the app. */

// Node then keeps each module's compiled, type-stripped code in its cache folder (in the system's temporary folder,
// or NODE_COMPILE_CACHE), and every command after the first starts in about half the time. The modules are imported
// after this line for that reason.
enableCompileCache();
const { COMMANDS } = await import('./command-table.ts');
const { runCli } = await import('./run-cli.ts');

// npm runs a script from the package's folder; relative paths (--db, --file, --out) mean the folder the user typed in.
if (process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

process.exitCode = await runCli(process.argv.slice(2), COMMANDS, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
});
