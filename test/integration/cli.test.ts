import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open.ts';
import type { Meeting, MeetingSummary } from '../../src/shared/domain/meeting.ts';
import { killAllChildren, runCliProcess, useTempDir } from '../harness/index.ts';

describe('npm run cli (as a process)', () => {
  const temp = useTempDir('debrief-cli-');
  let databasePath: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);

  beforeEach(() => {
    databasePath = temp.file(path.join('data', 'debrief.sqlite'));
  });
  afterEach(killAllChildren);

  it('create prints the new id, and meetings --json lists it', async () => {
    const created = await cli('create', '--title', 'Checkout outage', '--incident', 'INC-2041');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const id = created.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const listed = await cli('meetings', '--json');
    expect(listed.code).toBe(0);
    const meetings = JSON.parse(listed.stdout) as MeetingSummary[];
    expect(meetings).toEqual([expect.objectContaining({ id, title: 'Checkout outage', incidentId: 'INC-2041', timelineEventCount: 0 })]);
  });

  it('create --json prints the meeting object', async () => {
    const created = await cli('create', '--title', 'DNS outage', '--json');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout) as Meeting).toMatchObject({ title: 'DNS outage', incidentId: '', status: 'draft', revision: 1 });
  });

  it('meetings prints a readable table, one line per meeting whatever the title holds', async () => {
    await cli('create', '--title', 'Checkout outage', '--incident', 'INC-2041');
    await cli('create', '--title', 'Line one\nline two \u202eevil\u001b[31m');
    const listed = await cli('meetings');
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ID\s+INCIDENT\s+TITLE\s+SEVERITY\s+EVENTS\s+UPDATED$/);
    expect(lines[2]).toMatch(/^[0-9a-f-]{36}\s+INC-2041\s+Checkout outage\s+-\s+0\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(lines[1]).toContain('Line one line two evil [31m');
    expect(listed.stdout).not.toContain('\u001b');
    expect(listed.stdout).not.toContain('\u202e');
  });

  it('meetings says how to start when there are none', async () => {
    (await openDatabase(databasePath)).close();
    expect(await cli('meetings')).toMatchObject({ code: 0, stdout: 'No meetings yet. Create one with: npm run cli -- create --title TEXT\n' });
    expect(JSON.parse((await cli('meetings', '--json')).stdout)).toEqual([]);
  });

  it.each([
    [['meetings']],
    [['templates', '--json']],
    [['export', '--meeting', '00000000-0000-4000-8000-000000000000', '--format', 'md', '--out', '-']],
    [['backup', '--to', 'copy.sqlite']],
  ])('%j, which only reads, refuses a --db in a missing folder in one line and creates nothing', async (args) => {
    const missing = temp.file(path.join('no', 'such', 'folder', 'debrief.sqlite'));
    const refused = await runCliProcess([...args, '--db', missing]);
    expect(refused).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `error: There is no database at ${missing} (the folder ${path.dirname(missing)} does not exist); nothing was created. Check the path given with --db or DEBRIEF_DB.\n`,
    });
    expect(fs.existsSync(temp.file('no'))).toBe(false);
  });

  it('an empty title names the field, exits 1 and stores nothing', async () => {
    const refused = await cli('create', '--title', '   ');
    expect(refused).toMatchObject({ code: 1, stdout: '', stderr: 'error: title: must not be empty\n' });
    const refusedJson = await cli('create', '--title', '', '--json');
    expect(refusedJson.code).toBe(1);
    expect(JSON.parse(refusedJson.stderr)).toEqual({
      ok: false,
      error: { code: 'invalid_input', field: 'title', message: 'title: must not be empty' },
    });
    expect(JSON.parse((await cli('meetings', '--json')).stdout)).toEqual([]);
  });

  it('a too-long incident id names its field', async () => {
    const refused = await cli('create', '--title', 'ok', '--incident', 'x'.repeat(65));
    expect(refused).toMatchObject({ code: 1, stderr: 'error: incidentId: must be at most 64 characters\n' });
  });

  it.each([
    [['explode'], 'error: unknown command "explode"'],
    [['create', '--title', 'x', '--colour', 'red'], "error: Unknown option '--colour'"],
    [['create'], 'error: create needs --title TEXT'],
    [['create', '--title'], "error: Option '--title"],
    [['meetings', 'extra'], "'extra'"],
  ])('%j prints usage and exits 2 without touching the database', async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: npm run cli --');
    expect(fs.existsSync(databasePath)).toBe(false);
  });

  it('help lists every command, and help <command> its flags', async () => {
    const help = await cli('help');
    expect(help.code).toBe(0);
    for (const name of ['create', 'meetings', 'help']) expect(help.stdout).toMatch(new RegExp(`^  ${name}\\s`, 'm'));
    expect(help.stdout).toContain('--db PATH');
    expect(help.stdout).toContain('--json');
    const createHelp = await cli('help', 'create');
    expect(createHelp).toMatchObject({ code: 0 });
    expect(createHelp.stdout).toContain('--title TEXT');
    expect((await cli('create', '--help')).stdout).toBe(createHelp.stdout);
    expect((await runCliProcess([])).code).toBe(2);
  });

  it('uses DEBRIEF_DB when --db is not given', async () => {
    const created = await runCliProcess(['create', '--title', 'From env'], { DEBRIEF_DB: databasePath });
    expect(created.code).toBe(0);
    const listed = JSON.parse((await cli('meetings', '--json')).stdout) as MeetingSummary[];
    expect(listed.map((meeting) => meeting.title)).toEqual(['From env']);
  });

  it('refuses a database from a newer version with exit 1, leaving it untouched', async () => {
    fs.mkdirSync(path.dirname(databasePath), { recursive: true });
    const future = new DatabaseConstructor(databasePath);
    future.pragma('user_version = 9999');
    future.close();
    const hash = createHash('sha256').update(fs.readFileSync(databasePath)).digest('hex');
    const result = await cli('meetings');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error: cannot open the database ${databasePath}`);
    expect(result.stderr).toContain('newer version of Debrief');
    expect(createHash('sha256').update(fs.readFileSync(databasePath)).digest('hex')).toBe(hash);
  });
});
