import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHODS } from '../../../src/shared/api/contract.ts';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sourceFiles(folder: string, skip: readonly string[] = []): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => /\.tsx?$/.test(file) && !skip.some((skipped) => file.startsWith(skipped + path.sep)));
}

/** How many times each method's name is written as a quoted string ('…', "…" or `…`) in these files. */
function quotedNames(files: readonly string[]): Record<string, number> {
  const text = files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
  return Object.fromEntries(METHODS.map((method) => [method, text.match(new RegExp(`['"\`]${escape(method)}['"\`]`, 'g'))?.length ?? 0]));
}

const once = Object.fromEntries(METHODS.map((method) => [method, 1]));

describe('each API method is named once where it is declared and once where it is handled', () => {
  it('is written once in src/shared: its declaration', () => {
    expect(quotedNames(sourceFiles('src/shared'))).toEqual(once);
  });

  it('is written once in src/main: where its handler is registered', () => {
    // The CLI calls methods as a client, as the renderer and tests do; callers may name the method they call.
    expect(quotedNames(sourceFiles('src/main', [path.join('src', 'main', 'cli')]))).toEqual(once);
  });
});
