import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { LaunchOptions } from './serve-process.ts';
import { makeTempDir } from './temp-dir.ts';

/** Root writes through any permission bits; without these two capabilities it obeys them like anyone else. */
const WITHOUT_ROOTS_OVERRIDE = ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--inh-caps=-dac_override,-dac_read_search', '--'];

/**
 * How to start a child for which `chmod a-w` really makes a file or folder read-only. A normal user needs nothing;
 * root (CI containers) runs it through setpriv with the capabilities that bypass permissions dropped. Null when
 * running as root without a working setpriv: the caller skips.
 */
export function readOnlyLaunch(): LaunchOptions | null {
  if (process.getuid?.() !== 0) return {};
  const probe = spawnSync(WITHOUT_ROOTS_OVERRIDE[0]!, [...WITHOUT_ROOTS_OVERRIDE.slice(1), 'true'], { stdio: 'ignore' });
  return probe.status === 0 ? { prefix: WITHOUT_ROOTS_OVERRIDE } : null;
}

/** Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN: CI containers often, laptops not). */
export function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = makeTempDir('debrief-mount-probe-');
  try {
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe.dir], { stdio: 'ignore' }).status !== 0) return false;
    spawnSync('umount', [probe.dir], { stdio: 'ignore' });
    return true;
  } finally {
    probe.remove();
  }
}

/** Mounts a tmpfs of `size` (e.g. "4m") on `dir`: a real disk that fills up. */
export function mountTmpfs(dir: string, size: string): { unmount(): void } {
  fs.mkdirSync(dir, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) throw new Error(`mount tmpfs on ${dir} failed: ${mounted.stderr}`);
  return { unmount: () => void spawnSync('umount', ['--lazy', dir], { stdio: 'ignore' }) };
}

/** Writes a file until the disk holding `dir` is full; returns its path (remove it to free the space). */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler');
  const fd = fs.openSync(filler, 'w');
  try {
    // Smaller and smaller writes, until not one byte more fits.
    for (const size of [64 * 1024, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}
