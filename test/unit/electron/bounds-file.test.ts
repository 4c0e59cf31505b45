import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBoundsWriter, readBoundsFile } from '../../../src/main/electron/bounds-file.ts';
import { useTempDir } from '../../harness/index.ts';

const temp = useTempDir('debrief-bounds-', 'file');
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const A = { x: 1, y: 2, width: 800, height: 600 };
const B = { x: 10, y: 20, width: 1280, height: 720 };

describe('readBoundsFile', () => {
  it('returns the parsed JSON, or null when the file is missing or not JSON', () => {
    fs.writeFileSync(temp.file('good.json'), JSON.stringify(A));
    fs.writeFileSync(temp.file('bad.json'), '{"x": 1,');
    expect(readBoundsFile(temp.file('good.json'))).toEqual(A);
    expect(readBoundsFile(temp.file('bad.json'))).toBeNull();
    expect(readBoundsFile(temp.file('missing.json'))).toBeNull();
  });
});

describe('createBoundsWriter', () => {
  it('writes only the last bounds, once they have stopped changing', () => {
    const file = temp.file('debounced.json');
    const writer = createBoundsWriter(file, 500);
    writer.schedule(A);
    vi.advanceTimersByTime(400);
    writer.schedule({ ...B, extra: 1 } as typeof B);
    vi.advanceTimersByTime(400);
    expect(fs.existsSync(file)).toBe(false);
    vi.advanceTimersByTime(100);
    expect(readBoundsFile(file)).toEqual(B);
  });

  it('flush writes pending bounds at once, and then nothing is left to write', () => {
    const file = temp.file('flushed.json');
    const writer = createBoundsWriter(file, 500);
    writer.schedule(A);
    writer.flush();
    expect(readBoundsFile(file)).toEqual(A);
    fs.rmSync(file);
    vi.advanceTimersByTime(1000);
    writer.flush();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('creates the folder, and a failed write only warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const nested = temp.file('a/b/bounds.json');
    createBoundsWriter(nested).schedule(A);
    vi.runAllTimers();
    expect(readBoundsFile(nested)).toEqual(A);

    fs.writeFileSync(temp.file('a-file'), 'x');
    const impossible = createBoundsWriter(temp.file('a-file/bounds.json'));
    impossible.schedule(A);
    expect(() => impossible.flush()).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
