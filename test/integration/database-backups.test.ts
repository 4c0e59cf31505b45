import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listBackups, pruneRoutineBackups, takeRoutineBackup } from '../../src/main/db/backups.ts';
import { migrate } from '../../src/main/db/migrate.ts';
import { LATEST_VERSION } from '../../src/main/db/migrations/index.ts';
import { openDatabase } from '../../src/main/db/open.ts';
import { startRoutineBackups } from '../../src/main/db/routine-backups.ts';
import type { MeetingSummary } from '../../src/shared/domain/meeting.ts';
import {
  killAllChildren,
  runCliProcess,
  startServeProcess,
  writeStaticSite,
  passesIntegrityCheck,
  writeDamagedCopy,
  writeSampleDatabase,
  useTempDir,
} from '../harness/index.ts';

/** Big enough that copying it takes a while: 20,000 events of 5,000 characters, about 100 MB. */
const BIG_EVENTS = 20_000;
const KILL_ROUNDS = 5;
const LOOKS_LIKE_A_BACKUP = /^debrief\.sqlite\.backup-/;

function eventCount(file: string): number {
  const db = new DatabaseConstructor(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM timeline_events').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A database from the Debrief before the last migration, so opening it with this one takes a backup first. */
function writeBigOldDatabase(file: string): void {
  const db = new DatabaseConstructor(file);
  db.pragma('journal_mode = WAL');
  migrate(db, LATEST_VERSION - 1);
  db.prepare("INSERT INTO meetings (id, title, created_at, updated_at) VALUES ('m1', 'Big review', 1, 1)").run();
  const insert = db.prepare("INSERT INTO timeline_events (id, meeting_id, occurred_at, description, created_at, updated_at) VALUES (?, 'm1', ?, ?, 1, 1)");
  db.transaction(() => {
    for (let i = 0; i < BIG_EVENTS; i++) insert.run(`e${i}`, i, randomBytes(2500).toString('hex'));
  })();
  db.close();
}

describe('backups', () => {
  const temp = useTempDir('debrief-backups-', 'file');
  const staticDir = writeStaticSite(temp.file('renderer'));
  const bigOld = temp.file('big-old.sqlite');
  const opened: Database[] = [];
  const folder = (name: string) => {
    const dir = temp.file(name);
    fs.mkdirSync(dir);
    return dir;
  };

  beforeAll(() => writeBigOldDatabase(bigOld), 120_000);
  afterEach(async () => {
    await killAllChildren();
    for (const db of opened.splice(0)) if (db.open) db.close();
  });

  /**
   * Starts a process on a copy of `source` and SIGKILLs it the moment a file appears beside the database whose
   * name says backup; returns what is left in the folder.
   */
  async function killDuringBackup(round: number, source: string, start: (file: string, onStart: Parameters<typeof runCliProcess>[2]) => Promise<unknown>) {
    const dir = folder(`kill-${path.basename(source)}-${round}`);
    const file = path.join(dir, 'debrief.sqlite');
    fs.copyFileSync(source, file);
    let seen: string | null = null;
    let exited: Promise<string | null> = Promise.resolve(null);
    const watcher = fs.watch(dir);
    await start(file, {
      onStart(child) {
        exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
        watcher.on('change', (_event, name) => {
          if (seen === null && String(name).includes('backup')) {
            seen = String(name);
            child.kill('SIGKILL');
          }
        });
      },
    }).catch(() => undefined);
    const signal = await exited;
    watcher.close();
    return { dir, file, seen, signal, names: fs.readdirSync(dir) };
  }

  it(`a SIGKILL while the pre-migration backup is written never leaves a file named like a backup that is not one (${KILL_ROUNDS} rounds)`, async () => {
    const events = eventCount(bigOld);
    for (let round = 1; round <= KILL_ROUNDS; round++) {
      const left = await killDuringBackup(round, bigOld, (file, launch) => runCliProcess(['create', '--title', 'After the upgrade', '--db', file], {}, launch));
      expect(left.seen, `round ${round}: a backup was started`).not.toBeNull();
      expect(left.signal, `round ${round}`).toBe('SIGKILL');
      for (const name of left.names.filter((candidate) => LOOKS_LIKE_A_BACKUP.test(candidate))) {
        expect(passesIntegrityCheck(path.join(left.dir, name)), `round ${round}: ${name}`).toBe(true);
        expect(eventCount(path.join(left.dir, name)), `round ${round}: ${name}`).toBe(events);
      }
      // The database itself was not touched by the cut-off run: the same events, still the old version.
      expect(eventCount(left.file)).toBe(events);
    }
  }, 240_000);

  it('a SIGKILL while serve takes its start-up backup leaves no half backup either', async () => {
    const current = temp.file('big-current.sqlite');
    fs.copyFileSync(bigOld, current);
    (await openDatabase(current)).close();
    const left = await killDuringBackup(1, current, (file, launch) => startServeProcess(['--port', '0', '--db', file, '--static', staticDir], {}, launch));
    expect(left.seen).not.toBeNull();
    expect(left.signal).toBe('SIGKILL');
    for (const name of left.names.filter((candidate) => LOOKS_LIKE_A_BACKUP.test(candidate))) {
      expect(passesIntegrityCheck(path.join(left.dir, name)), name).toBe(true);
    }
  }, 120_000);

  it('each start of serve takes a routine backup beside the database, complete and named with the time', async () => {
    const dir = folder('serve-start');
    const file = path.join(dir, 'debrief.sqlite');
    const { meetingId } = await writeSampleDatabase(file, 20);
    const serve = await startServeProcess(['--port', '0', '--db', file, '--static', staticDir]);
    const backups = fs.readdirSync(dir).filter((name) => /^debrief\.sqlite\.backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/.test(name));
    expect(backups).toHaveLength(1);
    const copy = new DatabaseConstructor(path.join(dir, backups[0]!), { readonly: true });
    opened.push(copy);
    expect(copy.prepare('SELECT count(*) AS n FROM timeline_events WHERE meeting_id = ?').get(meetingId)).toEqual({ n: 20 });
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
  });

  it('keeps the 7 newest routine backups, every migration backup, and the newest good one whatever its age', async () => {
    const dir = folder('prune');
    const file = path.join(dir, 'debrief.sqlite');
    await writeSampleDatabase(file, 5);
    const sample = temp.file('prune-sample.sqlite');
    fs.copyFileSync(file, sample);
    const migrationBackup = path.join(dir, 'debrief.sqlite.backup-v3-2026-01-01T00-00-00-000Z');
    fs.copyFileSync(sample, migrationBackup);
    const db = await openDatabase(file);
    opened.push(db);
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
    for (let n = 1; n <= 9; n++) await takeRoutineBackup(db, file, day(n));
    const routine = listBackups(file)
      .filter((backup) => backup.kind === 'routine')
      .map((backup) => path.basename(backup.path));
    expect(routine).toEqual([3, 4, 5, 6, 7, 8, 9].reverse().map((n) => `debrief.sqlite.backup-2026-11-0${n}T09-00-00-000Z`));
    expect(fs.existsSync(migrationBackup)).toBe(true);

    // Seven newer routine backups that are all damaged: the older good one stays, the surplus damaged ones go.
    const oldestGood = path.join(dir, 'debrief.sqlite.backup-2026-10-01T09-00-00-000Z');
    fs.copyFileSync(sample, oldestGood);
    fs.rmSync(migrationBackup);
    for (const name of routine) writeDamagedCopy(sample, path.join(dir, name), 7, 4096);
    writeDamagedCopy(sample, path.join(dir, 'debrief.sqlite.backup-2026-10-02T09-00-00-000Z'), 8, 4096);
    expect(pruneRoutineBackups(file)).toEqual([path.join(dir, 'debrief.sqlite.backup-2026-10-02T09-00-00-000Z')]);
    expect(fs.existsSync(oldestGood)).toBe(true);
  });

  it('while running, takes another routine backup each interval (a day in the app and serve)', async () => {
    const dir = folder('daily');
    const file = path.join(dir, 'debrief.sqlite');
    await writeSampleDatabase(file, 5);
    const db = await openDatabase(file);
    opened.push(db);
    let minute = 0;
    const taken: string[] = [];
    const errors: unknown[] = [];
    const routine = await startRoutineBackups(db, file, {
      intervalMs: 40,
      now: () => new Date(Date.UTC(2026, 10, 20, 9, minute++)),
      onBackup: (backup) => taken.push(backup),
      onError: (error) => errors.push(error),
    });
    expect(taken).toHaveLength(1);
    await expect.poll(() => taken.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
    await routine.stop();
    const count = taken.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(taken).toHaveLength(count);
    expect(errors).toEqual([]);
    for (const backup of taken.slice(-7)) expect(passesIntegrityCheck(backup)).toBe(true);
  });

  it('npm run cli -- backup --to FILE copies the whole library to one file, and never overwrites one', async () => {
    const dir = folder('cli-backup');
    const file = path.join(dir, 'debrief.sqlite');
    const { meetingId } = await writeSampleDatabase(file, 12);
    const target = temp.file('moving/laptop.sqlite');
    fs.mkdirSync(path.dirname(target));
    const taken = await runCliProcess(['backup', '--to', target, '--db', file]);
    expect(taken).toMatchObject({ code: 0, stdout: `${target}\n`, stderr: '' });
    expect(passesIntegrityCheck(target)).toBe(true);
    const listed = await runCliProcess(['meetings', '--json', '--db', target]);
    expect(JSON.parse(listed.stdout) as MeetingSummary[]).toEqual([expect.objectContaining({ id: meetingId, timelineEventCount: 12 })]);

    const before = fs.readFileSync(target);
    const again = await runCliProcess(['backup', '--to', target, '--db', file]);
    expect(again).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `error: ${target} already exists; nothing was written. Choose another name, or remove it first.\n`,
    });
    expect(fs.readFileSync(target).equals(before)).toBe(true);
  });
});
