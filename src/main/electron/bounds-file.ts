import fs from 'node:fs';
import path from 'node:path';
import type { Rectangle } from './window-bounds.ts';

/** What the file holds, unchecked: the caller validates it (window-bounds.ts). Null when missing or not JSON. */
export function readBoundsFile(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function writeNow(file: string, bounds: Rectangle): void {
  const temporary = `${file}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, `${JSON.stringify(bounds)}\n`);
    // A rename replaces the old file in one step, so a crash mid-write never leaves half a file behind.
    fs.renameSync(temporary, file);
  } catch (error) {
    console.warn(`Could not save the window position to ${file}:`, error);
  }
}

export interface BoundsWriter {
  /** Remembers the latest bounds and writes them once they have stopped changing for the delay. */
  schedule(bounds: Rectangle): void;
  /** Writes pending bounds now (when the window closes, the app may be about to quit). */
  flush(): void;
}

/** Moving or resizing a window fires dozens of events a second; only the last position is worth a write. */
export function createBoundsWriter(file: string, delayMs = 500): BoundsWriter {
  let pending: Rectangle | null = null;
  let timer: NodeJS.Timeout | null = null;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const bounds = pending;
    pending = null;
    writeNow(file, bounds);
  };
  return {
    schedule(bounds) {
      pending = { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
  };
}
