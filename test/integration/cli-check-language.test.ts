import { afterEach, describe, expect, it } from 'vitest';
import type { BlameFinding } from '../../src/shared/blameless.ts';
import { killAllChildren, runCliProcess, type ExitedProcess } from '../harness/index.ts';

type Finished = Pick<ExitedProcess, 'code' | 'stdout' | 'stderr'>;

/** Runs `node src/main/cli/index.ts check-language` with `input` piped to its stdin. */
async function checkLanguage(input: string): Promise<Finished> {
  const { code, stdout, stderr } = await runCliProcess(['check-language'], {}, { input });
  return { code, stdout, stderr };
}

function outputLines(finished: Finished): BlameFinding[][] {
  return finished.stdout
    .split('\n')
    .filter((line, index, lines) => index < lines.length - 1 || line !== '')
    .map((line) => JSON.parse(line) as BlameFinding[]);
}

describe('npm run cli -- check-language (as a process)', () => {
  afterEach(killAllChildren);

  it('prints one JSON array per input line, empty for clean and empty lines', async () => {
    const input = ['Dave broke prod', '', 'Dave paged the on-call at 14:05', 'It was human error, obviously.'].join('\n') + '\n';
    const finished = await checkLanguage(input);
    expect(finished).toMatchObject({ code: 0, stderr: '' });
    const lines = outputLines(finished);
    expect(lines).toHaveLength(4);
    // Issue 18 added `reason` (plain words) to each finding; every earlier field keeps its meaning.
    expect(lines[0]).toEqual([
      { start: 5, end: 10, kind: 'person_as_cause', text: 'broke', question: expect.stringMatching(/\?$/), reason: expect.stringMatching(/\w/) },
    ]);
    expect(lines[1]).toEqual([]);
    expect(lines[2]).toEqual([]);
    // Updated for issue 18: the keyword guard flagged "human error" and "obviously" separately; the trained guard
    // reports the sentence's strongest signal first and adds weaker ones only when they are nearly as strong.
    expect(lines[3]?.[0]?.kind).toBe('human_error');
  });

  it('keeps unicode intact and offsets in JavaScript string indices, with CRLF and no final newline', async () => {
    const line = 'Zoë 🚒 should have checked «the dashboard» — 東京 region';
    const finished = await checkLanguage(`${line}\r\nشكرا Dave paged the on-call`);
    expect(finished.code).toBe(0);
    const [first, second] = outputLines(finished);
    expect(first).toHaveLength(1);
    const finding = first?.[0];
    expect(finding && line.slice(finding.start, finding.end)).toBe('should have');
    expect(second).toEqual([]);
  });

  it('handles a very long line quickly', async () => {
    const long = `${'The deploy rolled out to one more region. '.repeat(25_000)}Then Bob forgot the flag.`;
    const started = Date.now();
    const finished = await checkLanguage(`${long}\nfine\n`);
    expect(finished.code).toBe(0);
    const [first, second] = outputLines(finished);
    expect(first?.map((finding) => finding.text)).toEqual(['forgot']);
    expect(second).toEqual([]);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('prints nothing for empty input', async () => {
    const finished = await checkLanguage('');
    expect(finished).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
