import fs from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseDamagedError } from '../../src/main/db/database-errors.ts';
import { openDatabase } from '../../src/main/db/open.ts';
import type { MeetingSummary } from '../../src/shared/domain/meeting.ts';
import {
  killAllChildren,
  runCliProcess,
  runToExit,
  SERVE_ENTRY,
  writeStaticSite,
  passesIntegrityCheck,
  writeDamagedCopy,
  writeSampleDatabase,
  useTempDir,
} from '../harness/index.ts';

const COPIES = 20;
const EVENTS = 300;
const GOOD_BACKUP = 'debrief.sqlite.backup-2026-11-20T10-00-00-000Z';
const NEWER_DAMAGED_BACKUP = 'debrief.sqlite.backup-2026-11-21T10-00-00-000Z';

interface DamagedCopy {
  seed: number;
  file: string;
  bytes: Buffer;
  goodBackup: string;
}

/** The lines a process wrote, and whether any looks like a stack trace. */
const lines = (text: string) => text.split('\n').filter((line) => line !== '');
const STACK_LINE = /^\s+at /m;

describe('a damaged database file', () => {
  const temp = useTempDir('debrief-damaged-', 'file');
  const pristine = temp.file('pristine.sqlite');
  const staticDir = writeStaticSite(temp.file('renderer'));
  let meetingId: string;
  const damaged: DamagedCopy[] = [];
  const intact: string[] = [];

  beforeAll(async () => {
    ({ meetingId } = await writeSampleDatabase(pristine, EVENTS));
    for (let seed = 1; seed <= COPIES; seed++) {
      const folder = temp.file(`copy-${seed}`);
      fs.mkdirSync(folder);
      const file = path.join(folder, 'debrief.sqlite');
      const bytes = writeDamagedCopy(pristine, file, seed);
      // Beside it: an older backup that is good, and a newer one that is damaged too.
      fs.copyFileSync(pristine, path.join(folder, GOOD_BACKUP));
      writeDamagedCopy(pristine, path.join(folder, NEWER_DAMAGED_BACKUP), 1000 + seed, 64);
      if (passesIntegrityCheck(file)) intact.push(file);
      else damaged.push({ seed, file, bytes, goodBackup: path.join(folder, GOOD_BACKUP) });
    }
  }, 60_000);
  afterEach(killAllChildren);

  it('most of the seeded copies fail SQLite’s integrity check (the damage is real)', () => {
    expect(damaged.length).toBeGreaterThanOrEqual(COPIES / 2);
    for (const copy of damaged) expect(passesIntegrityCheck(path.join(path.dirname(copy.file), NEWER_DAMAGED_BACKUP))).toBe(false);
  });

  it('is refused when opened, naming the file and the newest good backup, and its bytes stay as they were', async () => {
    for (const copy of damaged) {
      const refusal = await openDatabase(copy.file).then(
        (db) => {
          db.close();
          return null;
        },
        (error: unknown) => error,
      );
      expect(refusal, `seed ${copy.seed}`).toBeInstanceOf(DatabaseDamagedError);
      const message = (refusal as Error).message;
      expect(message).toContain(copy.file);
      expect(message).toContain('is damaged');
      expect(message).toContain(`The newest good backup beside it is ${copy.goodBackup}.`);
      expect(fs.readFileSync(copy.file).equals(copy.bytes), `seed ${copy.seed}`).toBe(true);
    }
    for (const file of intact) (await openDatabase(file)).close();
  });

  it('is refused even when only an index is damaged, which quick_check misses and which shortens the timeline', async () => {
    const indexOnly = damaged.find((copy) => {
      const db = new DatabaseConstructor(copy.file, { readonly: true });
      try {
        return db.pragma('quick_check', { simple: true }) === 'ok';
      } catch {
        // A damaged schema fails before any check runs: not the copy this test looks for.
        return false;
      } finally {
        db.close();
      }
    });
    expect(indexOnly, 'one of the seeded copies has only a damaged index').toBeDefined();
    await expect(openDatabase(indexOnly!.file)).rejects.toBeInstanceOf(DatabaseDamagedError);
  });

  it('npm run serve exits 1 with one sentence naming the file, the good backup and how to restore it, and writes nothing', async () => {
    for (const copy of damaged.slice(0, 2)) {
      const run = await runToExit(SERVE_ENTRY, ['--port', '0', '--db', copy.file, '--static', staticDir]);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('running');
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/^error: The database .* is damaged \(.*\); Debrief will not write to it\. /);
      expect(run.stderr).toContain(copy.file);
      expect(run.stderr).toContain(copy.goodBackup);
      expect(run.stderr).toContain(`npm run cli -- restore --db ${copy.file}`);
      expect(fs.readFileSync(copy.file).equals(copy.bytes)).toBe(true);
    }
  });

  it('the CLI refuses it in one line with exit code 1, then restores the backup and keeps the damaged file', async () => {
    const copy = damaged[0]!;
    for (const args of [
      ['meetings'],
      ['create', '--title', 'Written to a damaged file?'],
      ['export', '--meeting', meetingId, '--format', 'md', '--out', '-'],
    ]) {
      const refused = await runCliProcess([...args, '--db', copy.file]);
      expect(refused.code, args[0]).toBe(1);
      expect(refused.stdout).toBe('');
      expect(lines(refused.stderr)).toHaveLength(1);
      expect(refused.stderr).not.toMatch(STACK_LINE);
      expect(refused.stderr).toContain(`The newest good backup beside it is ${copy.goodBackup}.`);
      expect(fs.readFileSync(copy.file).equals(copy.bytes)).toBe(true);
    }

    const restored = await runCliProcess(['restore', '--db', copy.file]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const folder = path.dirname(copy.file);
    const kept = fs.readdirSync(folder).filter((name) => /^debrief\.sqlite\.damaged-\d{4}-\d{2}-\d{2}T[\d-]+Z$/.test(name));
    expect(kept).toHaveLength(1);
    expect(restored.stdout).toBe(`Restored ${copy.goodBackup} to ${copy.file}; the damaged file is kept as ${path.join(folder, kept[0]!)}.\n`);
    expect(fs.readFileSync(path.join(folder, kept[0]!)).equals(copy.bytes)).toBe(true);
    expect(fs.existsSync(copy.goodBackup)).toBe(true);

    const listed = await runCliProcess(['meetings', '--json', '--db', copy.file]);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout) as MeetingSummary[]).toEqual([expect.objectContaining({ id: meetingId, timelineEventCount: EVENTS })]);

    const again = await runCliProcess(['restore', '--db', copy.file]);
    expect(again).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `error: The database ${copy.file} is not damaged; restore replaces only a damaged database, so nothing was changed.\n`,
    });
  });

  it('restore without any good backup says so in one line and changes nothing', async () => {
    const copy = damaged[1]!;
    const lonely = temp.file('lonely');
    fs.mkdirSync(lonely);
    const file = path.join(lonely, 'debrief.sqlite');
    fs.writeFileSync(file, copy.bytes);
    const refused = await runCliProcess(['restore', '--db', file]);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toBe(`error: No good backup of ${file} was found beside it; nothing was changed. Give one with --from FILE.\n`);
    expect(fs.readdirSync(lonely).filter((name) => !name.endsWith('-shm') && !name.endsWith('-wal'))).toEqual(['debrief.sqlite']);

    const fromElsewhere = await runCliProcess(['restore', '--db', file, '--from', pristine]);
    expect(fromElsewhere.code).toBe(0);
    expect(passesIntegrityCheck(file)).toBe(true);
  });
});
