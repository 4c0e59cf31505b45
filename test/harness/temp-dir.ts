import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
