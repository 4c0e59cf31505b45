import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';

export interface TempDir {
  dir: string;
  file(name: string): string;
  /** Deletes the folder and everything in it. */
  remove(): void;
}

/** A fresh folder under the OS temp dir: the one way tests and benchmarks get a scratch folder. */
export function makeTempDir(prefix = 'debrief-test-'): TempDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file: (name) => path.join(dir, name),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A temp folder the harness removes: a fresh one for each test (`'test'`), or one for the whole file or describe block
 * (`'file'`), made when first used and removed after its last test. Call it before registering the hooks that stop
 * what uses the folder (servers, processes, open databases, mounts): Vitest runs after-hooks last-registered first, so
 * those stop before the folder goes.
 */
export function useTempDir(prefix?: string, lifetime: 'test' | 'file' = 'test'): TempDir {
  let current: TempDir | undefined;
  const now = (): TempDir => {
    if (lifetime === 'file') current ??= makeTempDir(prefix);
    if (!current) throw new Error('useTempDir: a folder for each test exists only while the test runs');
    return current;
  };
  const removeCurrent = (): void => {
    current?.remove();
    current = undefined;
  };
  if (lifetime === 'file') {
    afterAll(removeCurrent);
  } else {
    beforeEach(() => {
      current = makeTempDir(prefix);
    });
    afterEach(removeCurrent);
  }
  return {
    get dir() {
      return now().dir;
    },
    file: (name) => now().file(name),
    remove: removeCurrent,
  };
}
