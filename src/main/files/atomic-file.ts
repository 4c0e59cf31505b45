import { randomUUID } from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The name a file is written under before it takes its real name; never mistaken for a report or a backup. */
export function temporaryNameBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
}

/**
 * Lets `write` fill a temporary file beside the target, flushes it to the disk, then renames it over the target: a
 * crash or a full disk mid-write leaves the old file (or none), never half of one under the real name.
 */
export async function writeAtomically(target: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = temporaryNameBeside(target);
  try {
    await write(temporary);
    await flush(temporary);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await flushFolder(path.dirname(target));
}

export async function writeFileAtomically(target: string, data: Uint8Array): Promise<void> {
  await writeAtomically(target, (temporary) => fs.writeFile(temporary, data, { flag: 'wx' }));
}

async function flush(file: string): Promise<void> {
  const handle = await fs.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable; not every system can open a folder for syncing (Windows), which is no error. */
async function flushFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // The rename happened; only its durability across a power cut is left to the system.
  } finally {
    await handle?.close();
  }
}

/**
 * The same as writeFileAtomically, for handlers, which run to the end without waiting (publish.write): the bytes go
 * to a temporary file beside the target, reach the disk, and take the target's name in one rename.
 */
export function writeFileAtomicallySync(target: string, data: Uint8Array | string): void {
  const temporary = temporaryNameBeside(target);
  try {
    const handle = fsSync.openSync(temporary, 'wx');
    try {
      fsSync.writeFileSync(handle, data);
      fsSync.fsyncSync(handle);
    } finally {
      fsSync.closeSync(handle);
    }
    fsSync.renameSync(temporary, target);
  } catch (error) {
    fsSync.rmSync(temporary, { force: true });
    throw error;
  }
  try {
    const folder = fsSync.openSync(path.dirname(target), 'r');
    try {
      fsSync.fsyncSync(folder);
    } finally {
      fsSync.closeSync(folder);
    }
  } catch {
    // As in flushFolder: the rename happened; its durability across a power cut is left to the system.
  }
}
