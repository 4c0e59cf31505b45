import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Every file under `folder`, by its path inside it with '/' separators. */
export function folderFiles(folder: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, `${prefix}${entry.name}/`);
      else if (entry.isFile()) files[`${prefix}${entry.name}`] = new Uint8Array(fs.readFileSync(full));
    }
  };
  walk(folder, '');
  return files;
}

/**
 * A ZIP of a folder's files, as Slack and most tools write one (deflated entries, '/' separators). `changes` adds or
 * replaces entries (text or bytes) and `null` leaves one out, so a test can damage one file of a fixture.
 */
export function zipFolder(folder: string, changes: Record<string, string | Uint8Array | null> = {}): Uint8Array {
  const files: Zippable = folderFiles(folder);
  for (const [name, content] of Object.entries(changes)) {
    if (content === null) delete files[name];
    else files[name] = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  }
  return zipSync(files, { level: 6, mtime: new Date('2026-03-16T12:00:00Z') });
}
