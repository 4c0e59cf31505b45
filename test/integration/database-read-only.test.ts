import fs from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../src/shared/domain/meeting.ts';
import { readOnlyLaunch, killAllChildren, runCliProcess, runToExit, SERVE_ENTRY, writeStaticSite, writeSampleDatabase, useTempDir } from '../harness/index.ts';

const launch = readOnlyLaunch();
const STACK_LINE = /^\s+at /m;

describe.skipIf(launch === null)('a read-only database file or folder', () => {
  const temp = useTempDir('debrief-read-only-', 'file');
  let staticDir: string;
  const madeReadOnly: string[] = [];
  let sample: string;

  const readOnly = (target: string, mode: number) => {
    fs.chmodSync(target, mode);
    madeReadOnly.push(target);
  };
  /** A database with one meeting in its own folder (other users may enter, as setpriv's root is one of them). */
  const database = (name: string) => {
    const dir = temp.file(name);
    fs.mkdirSync(dir, { mode: 0o755 });
    const file = path.join(dir, 'debrief.sqlite');
    fs.copyFileSync(sample, file);
    return file;
  };
  const serve = (file: string) => runToExit(SERVE_ENTRY, ['--port', '0', '--db', file, '--static', staticDir], {}, 15_000, launch ?? {});
  const cli = (...args: string[]) => runCliProcess(args, {}, launch ?? {});

  beforeAll(async () => {
    staticDir = writeStaticSite(temp.file('renderer'));
    sample = temp.file('sample.sqlite');
    await writeSampleDatabase(sample, 3);
  });
  afterEach(async () => {
    await killAllChildren();
    for (const target of madeReadOnly.splice(0)) fs.chmodSync(target, 0o755);
  });

  it('serve refuses to start on a read-only file, saying so in one line, instead of saying "running"', async () => {
    const file = database('file');
    readOnly(file, 0o444);
    const run = await serve(file);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('running');
    expect(run.stderr).toBe(
      `error: The database ${file} is read-only, so nothing could be saved. Make the file writable, or copy it to a folder you can write to and open the copy.\n`,
    );
  });

  it('serve refuses to start in a read-only folder, naming the folder', async () => {
    const file = database('folder');
    readOnly(path.dirname(file), 0o555);
    const run = await serve(file);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('running');
    expect(run.stderr).toBe(
      `error: The folder ${path.dirname(file)} is read-only, so the database ${file} cannot be saved or backed up there. Make the folder writable, or copy the file to a folder you can write to and open the copy.\n`,
    );
  });

  it('a CLI command that writes refuses in one line with exit code 1; one that only reads still lists', async () => {
    const file = database('cli');
    readOnly(file, 0o444);
    const before = fs.readFileSync(file);
    const refused = await cli('create', '--title', 'Not saved', '--db', file);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toBe(
      `error: The database ${file} is read-only, so nothing could be saved. Make the file writable, or copy it to a folder you can write to and open the copy.\n`,
    );
    expect(refused.stderr).not.toMatch(STACK_LINE);
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    const listed = await cli('meetings', '--json', '--db', file);
    expect(listed.stderr).toBe('');
    expect(JSON.parse(listed.stdout) as MeetingSummary[]).toEqual([expect.objectContaining({ title: 'Checkout outage', timelineEventCount: 3 })]);
  });

  it('lists a timeline and the library sources, which only read, though the command can also write', async () => {
    const file = database('actions');
    const [meeting] = JSON.parse((await cli('meetings', '--json', '--db', file)).stdout) as MeetingSummary[];
    readOnly(file, 0o444);
    const before = fs.readFileSync(file);
    const timeline = await cli('timeline', 'list', '--meeting', meeting?.id ?? '', '--json', '--db', file);
    expect(timeline.stderr).toBe('');
    expect(JSON.parse(timeline.stdout)).toHaveLength(3);
    const sources = await cli('library', 'list', '--json', '--db', file);
    expect(sources).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(sources.stdout)).toEqual([]);
    const refused = await cli('timeline', 'star', '--event', '00000000-0000-4000-8000-000000000001', '--db', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/read-only/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('still reads a read-only copy that holds an import whose process has ended, which it cannot remove', async () => {
    const file = database('stale-import');
    const db = new DatabaseConstructor(file);
    const meetingId = (db.prepare('SELECT id FROM meetings').get() as { id: string }).id;
    // A process id no process has (Linux's limit is below 2^22).
    db.prepare(
      "INSERT INTO timeline_imports (id, meeting_id, state, event_count, started_at, updated_at, owner_pid) VALUES ('8d0e4d6c-0000-4000-8000-000000000001', ?, 'running', 0, 1, 1, 4194305)",
    ).run(meetingId);
    db.close();
    readOnly(file, 0o444);
    const listed = await cli('meetings', '--json', '--db', file);
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(listed.stdout)).toHaveLength(1);
  });
});
