import fs from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { applyPragmas, openDatabase } from '../../src/main/db/open.ts';
import { createService, type Service } from '../../src/main/service/service.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import {
  postCall,
  killAllChildren,
  runCliProcess,
  startServeProcess,
  writeStaticSite,
  canMountTmpfs,
  fillDisk,
  mountTmpfs,
  ok,
  writeSampleDatabase,
  useTempDir,
} from '../harness/index.ts';

const diskFull = (file: string) => `Not saved: the disk that holds ${file} is full. Free some space on it, then try again; nothing was changed.`;
const STACK_LINE = /^\s+at /m;

function countRows(db: Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('failures of the database file name their cause, through the API', () => {
  const temp = useTempDir('debrief-storage-');
  let file: string;
  const opened: Database[] = [];
  const open = async () => {
    const db = await openDatabase(file);
    opened.push(db);
    return { db, service: createService(db) };
  };
  const event = (meetingId: string, i: number, length = 40) => ({
    meetingId,
    occurredAt: Date.UTC(2026, 10, 20, 14, 0, i),
    description: `Event ${i} `.padEnd(length, '.'),
  });

  beforeEach(() => {
    file = temp.file('debrief.sqlite');
    vi.spyOn(console, 'error');
  });
  afterEach(() => {
    for (const db of opened.splice(0)) if (db.open) db.close();
    vi.restoreAllMocks();
  });

  it('a full database (SQLite max_page_count) is disk_full, with its sentence; what was saved stays, nothing half-saved', async () => {
    const { db, service } = await open();
    const meeting = ok<Meeting>(dispatch(service, 'meetings.create', { title: 'Full' }));
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 2}`);
    let refused;
    let saved = 0;
    for (let i = 0; i < 100 && refused === undefined; i++) {
      const response = dispatch(service, 'timeline.add', event(meeting.id, i, 2000));
      if (response.ok) saved += 1;
      else refused = response;
    }
    expect(refused).toEqual({ ok: false, error: { code: 'disk_full', message: diskFull(file) } });
    expect(saved).toBeGreaterThan(0);
    expect(countRows(db, 'timeline_events')).toBe(saved);
    expect(console.error).not.toHaveBeenCalled();
  });

  it('a file another program holds locked is "locked", and the next try after it lets go succeeds', async () => {
    const { db, service } = await open();
    db.pragma('busy_timeout = 50');
    const other = new DatabaseConstructor(file);
    opened.push(other);
    other.exec('BEGIN IMMEDIATE');
    expect(dispatch(service, 'meetings.create', { title: 'Waits' })).toEqual({
      ok: false,
      error: { code: 'locked', message: `Not saved: ${file} is locked by another program writing to it. Try again in a moment; nothing was changed.` },
    });
    other.exec('ROLLBACK');
    expect(dispatch(service, 'meetings.create', { title: 'Waits' })).toMatchObject({ ok: true });
    expect(console.error).not.toHaveBeenCalled();
  });

  it('a file SQLite can only read is read_only', async () => {
    await writeSampleDatabase(file, 1);
    const db = new DatabaseConstructor(file, { readonly: true });
    opened.push(db);
    expect(dispatch(createService(db), 'meetings.create', { title: 'Nowhere to go' })).toEqual({
      ok: false,
      error: { code: 'read_only', message: `Not saved: ${file} (or its folder) is read-only. Make it writable, then restart Debrief; nothing was changed.` },
    });
  });

  it('a file found damaged while running is "damaged", and from then on nothing is written to it; reads still answer', async () => {
    const { meetingId } = await writeSampleDatabase(file, 50);
    // Overwrite the header of the timeline table's root page, as a failing disk would.
    const probe = new DatabaseConstructor(file, { readonly: true });
    const { rootpage } = probe.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'timeline_events'").get() as { rootpage: number };
    probe.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(12, 0xff), 0, 12, (rootpage - 1) * 4096);
    fs.closeSync(fd);
    // Opened past the check, as if the damage happened after the app started.
    const db = new DatabaseConstructor(file);
    opened.push(db);
    applyPragmas(db);
    const service: Service = createService(db);

    const damaged = {
      ok: false,
      error: {
        code: 'damaged',
        message: `Not saved: ${file} is damaged, and Debrief will not write to it again. Quit Debrief and start it again to restore the newest good backup; nothing was changed.`,
      },
    };
    expect(dispatch(service, 'timeline.add', event(meetingId, 99))).toEqual(damaged);
    const files = () => [file, `${file}-wal`].map((name) => (fs.existsSync(name) ? fs.readFileSync(name).toString('base64') : ''));
    const before = files();
    // A write that would not touch the damaged page is refused all the same.
    expect(dispatch(service, 'meetings.create', { title: 'After the damage' })).toEqual(damaged);
    expect(files()).toEqual(before);
    expect(countRows(db, 'meetings')).toBe(1);
    expect(dispatch(service, 'meetings.list', {})).toMatchObject({ ok: true, result: [{ id: meetingId }] });
    expect(console.error).not.toHaveBeenCalled();
  });
});

describe.skipIf(!canMountTmpfs())('a disk that is really full (a 3 MB tmpfs)', () => {
  const temp = useTempDir('debrief-full-disk-', 'file');
  let staticDir: string;
  let disk: string;
  let file: string;
  let mount: ReturnType<typeof mountTmpfs> | undefined;
  beforeAll(() => {
    staticDir = writeStaticSite(temp.file('renderer'));
    disk = temp.file('disk');
    file = path.join(disk, 'debrief.sqlite');
    mount = mountTmpfs(disk, '3m');
  });
  afterEach(killAllChildren);
  afterAll(() => mount?.unmount());

  it('serve answers 507 disk_full with the sentence, the CLI says it in one line, and both save again once space is freed', async () => {
    const { meetingId } = await writeSampleDatabase(file, 5);
    const serve = await startServeProcess(['--port', '0', '--db', file, '--static', staticDir]);
    const filler = fillDisk(disk);
    const add = (i: number) =>
      postCall(serve, 'timeline.add', { meetingId, occurredAt: Date.UTC(2026, 10, 20, 15, 0, i), description: `After the disk filled ${i} `.repeat(100) });

    let refused;
    for (let i = 0; i < 50 && refused === undefined; i++) {
      const response = await add(i);
      if (response.status !== 200) refused = response;
    }
    expect(refused?.status).toBe(507);
    expect(JSON.parse(refused?.body ?? '')).toEqual({ ok: false, error: { code: 'disk_full', message: diskFull(file) } });

    // Enough rows that they cannot fit in what the write-ahead log already holds.
    const csv = temp.file('timeline.csv');
    fs.writeFileSync(
      csv,
      [
        'time,event',
        ...Array.from({ length: 300 }, (_, i) => `2026-11-20T16:${String(i % 60).padStart(2, '0')}:00Z,${'Imported from the terminal '.repeat(150)}${i}`),
      ].join('\n'),
    );
    const cli = await runCliProcess(['import-timeline', '--meeting', meetingId, '--file', csv, '--db', file]);
    expect(cli).toMatchObject({ code: 1, stdout: '', stderr: `error: ${diskFull(file)}\n` });

    fs.rmSync(filler);
    expect((await add(1000)).status).toBe(200);
    expect((await runCliProcess(['create', '--title', 'Space again', '--db', file])).code).toBe(0);
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(serve.output().stderr).not.toMatch(STACK_LINE);
  }, 60_000);
});
