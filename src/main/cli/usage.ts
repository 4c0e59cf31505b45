import type { Command } from './command.ts';

export const COMMON_FLAG_HELP = [
  "--db PATH      database file (default: DEBRIEF_DB, else the desktop app's file)",
  '--json         print JSON instead of text',
];

export function generalUsage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'usage: npm run cli -- <command> [flags]',
    '',
    'commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'every command takes:',
    ...COMMON_FLAG_HELP.map((line) => `  ${line}`),
  ].join('\n');
}

export function commandUsage(command: Command): string {
  return [
    `usage: npm run cli -- ${command.name}${command.usage ? ` ${command.usage}` : ''} [--db PATH] [--json]`,
    '',
    command.summary,
    '',
    ...[...command.flagHelp, ...COMMON_FLAG_HELP].map((line) => `  ${line}`),
  ].join('\n');
}
