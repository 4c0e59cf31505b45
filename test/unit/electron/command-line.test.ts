import { describe, expect, it } from 'vitest';
import { readFlag } from '../../../src/main/electron/command-line.ts';

describe('readFlag', () => {
  it.each([
    [['/opt/Debrief/debrief', '--db', '/tmp/a.sqlite'], '/tmp/a.sqlite'],
    [['electron', '.', '--db=/tmp/b.sqlite'], '/tmp/b.sqlite'],
    [['electron', '.', '--db', 'one.sqlite', '--db', 'two.sqlite'], 'two.sqlite'],
    [['electron', '.'], undefined],
    [['electron', '.', '--db'], undefined],
    [['electron', '.', '--db='], undefined],
    [['electron', '.', '--db', '--inspect'], undefined],
    [['electron', '.', '--dbx', 'x.sqlite'], undefined],
  ])('%j -> %s', (argv, expected) => {
    expect(readFlag(argv, '--db')).toBe(expected);
  });
});
