import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAppDatabase, QUIT_BUTTON, RESTORE_BUTTON } from '../../../src/main/electron/open-app-database.ts';
import { passesIntegrityCheck, writeDamagedCopy, writeSampleDatabase, useTempDir } from '../../harness/index.ts';

const electron = vi.hoisted(() => ({
  showMessageBox: vi.fn<(options: Record<string, unknown>) => Promise<{ response: number }>>(),
  showErrorBox: vi.fn<(title: string, content: string) => void>(),
}));
vi.mock('electron', () => ({ dialog: { showMessageBox: electron.showMessageBox, showErrorBox: electron.showErrorBox } }));

const AT = new Date('2026-11-23T10:00:00.000Z');
const BACKUP = 'debrief.sqlite.backup-2026-11-22T09-00-00-000Z';
const temp = useTempDir('debrief-app-damaged-', 'file');
let pristine: string;
let round = 0;
const opened: Database[] = [];

/** A folder with a damaged debrief.sqlite and, unless told otherwise, a good backup beside it. */
function damagedLibrary(withBackup = true): { file: string; backup: string; bytes: Buffer } {
  round += 1;
  const folder = temp.file(`library-${round}`);
  fs.mkdirSync(folder);
  const file = path.join(folder, 'debrief.sqlite');
  const bytes = writeDamagedCopy(pristine, file, round, 4096);
  const backup = path.join(folder, BACKUP);
  if (withBackup) fs.copyFileSync(pristine, backup);
  return { file, backup, bytes };
}

beforeAll(async () => {
  pristine = temp.file('pristine.sqlite');
  await writeSampleDatabase(pristine, 40);
});
beforeEach(() => {
  electron.showMessageBox.mockReset();
  electron.showErrorBox.mockReset();
});
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('the desktop app opening a damaged database', () => {
  it('offers the newest good backup; restoring opens it and keeps the damaged file under a new name', async () => {
    const { file, backup, bytes } = damagedLibrary();
    expect(passesIntegrityCheck(file)).toBe(false);
    electron.showMessageBox.mockResolvedValue({ response: 0 });

    const db = await openAppDatabase(file, () => AT);
    expect(db).not.toBeNull();
    opened.push(db!);
    expect(db!.prepare('SELECT count(*) AS n FROM timeline_events').get()).toEqual({ n: 40 });

    const keptAs = `${file}.damaged-2026-11-23T10-00-00-000Z`;
    const [options] = electron.showMessageBox.mock.calls[0]!;
    expect(options).toMatchObject({ type: 'error', buttons: [RESTORE_BUTTON, QUIT_BUTTON], defaultId: 0, cancelId: 1 });
    expect(String(options.detail)).toContain(`The database ${file} is damaged`);
    expect(String(options.detail)).toContain(`The newest good backup beside it is ${backup}.`);
    expect(String(options.detail)).toContain(keptAs);
    expect(fs.readFileSync(keptAs).equals(bytes)).toBe(true);
    expect(fs.existsSync(backup)).toBe(true);
  });

  it('quitting instead leaves the damaged file exactly as it was', async () => {
    const { file, bytes } = damagedLibrary();
    electron.showMessageBox.mockResolvedValue({ response: 1 });
    await expect(openAppDatabase(file, () => AT)).resolves.toBeNull();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).filter((name) => name.includes('damaged-'))).toEqual([]);
  });

  it('with no good backup, says so naming the file, and offers nothing', async () => {
    const { file, bytes } = damagedLibrary(false);
    await expect(openAppDatabase(file, () => AT)).resolves.toBeNull();
    expect(electron.showMessageBox).not.toHaveBeenCalled();
    expect(electron.showErrorBox).toHaveBeenCalledOnce();
    const [, content] = electron.showErrorBox.mock.calls[0]!;
    expect(content).toContain(`The database ${file} is damaged`);
    expect(content).toContain('No good backup was found beside it.');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
