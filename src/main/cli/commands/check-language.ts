import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { EXIT_OK, type Command } from '../command.ts';

/**
 * One JSON array of findings per input line, in input order, written as each line is read so the command works at the
 * end of a pipe. A clean or empty line prints `[]`, so output line N always answers input line N.
 */
export async function checkLanguageLines(input: Readable, out: (line: string) => void): Promise<number> {
  // Loaded here rather than with the command table: its language model takes a fifth of a second to load, which
  // every other command (an import, a search) would pay at start-up.
  const { findBlame } = await import('../../../shared/blameless.ts');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    out(JSON.stringify(findBlame(line)));
    count += 1;
  }
  return count;
}

export const checkLanguageCommand: Command = {
  name: 'check-language',
  database: 'none',
  summary: "Read lines from stdin and print each one's blame findings as a JSON array (blameless guard)",
  usage: '< notes.txt',
  flagHelp: [],
  options: {},
  async run(context) {
    await checkLanguageLines(process.stdin, context.out);
    return EXIT_OK;
  },
};
