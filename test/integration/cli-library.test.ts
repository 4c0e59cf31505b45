import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { LibraryAddReport, LibraryRemoveReport } from '../../src/main/cli/commands/library.ts';
import type { LibrarySearchHit } from '../../src/shared/api/library.ts';
import type { LibrarySource } from '../../src/shared/domain/library-source.ts';
import type { MeetingSummary } from '../../src/shared/domain/meeting.ts';
import { PUBLISHED_FILES } from '../../src/shared/publish/library-index.ts';
import { SOURCE_READ_BATCH } from '../../src/main/service/source-handlers.ts';
import { killAllChildren, ok, REPO_ROOT, runCliProcess, seedDatabase, useTempDir } from '../harness/index.ts';

/** Issue 16: `library add DIR` and `library remove DIR`, a published folder as a library source, from the CLI. */
describe('npm run cli -- library (as a process)', () => {
  const temp = useTempDir('debrief-cli-library-');
  let teamDb: string;
  let myDb: string;
  let library: string;
  const cli = (db: string, ...args: string[]) => runCliProcess([...args, '--db', db]);
  const json = <T>(stdout: string): T => JSON.parse(stdout) as T;

  beforeEach(async () => {
    teamDb = temp.file('team.sqlite');
    myDb = temp.file('mine.sqlite');
    library = temp.file('postmortems');
    const meetingId = await seedDatabase(teamDb, (service) => {
      const created = ok<{ id: string }>(
        dispatch(service, 'meetings.create', { title: 'Cache stampede at checkout', incidentId: 'INC-42', severity: 'SEV2', timeZone: 'UTC' }),
      );
      ok(dispatch(service, 'meetings.update', { id: created.id, patch: { incidentStartedAt: Date.UTC(2026, 1, 3, 9) } }));
      ok(dispatch(service, 'timeline.add', { meetingId: created.id, occurredAt: Date.UTC(2026, 1, 3, 9, 5), description: 'Origin saturated by refills' }));
      return created.id;
    });
    // The team's folder, written by publish itself.
    expect(await cli(teamDb, 'publish', '--meeting', meetingId, '--to', library)).toMatchObject({ code: 0 });
  });
  afterEach(killAllChildren);

  /** More published reviews than one read takes, as other teammates would have published them, and a damaged one. */
  const growTheFolder = (extra: number): void => {
    const [published] = fs.readdirSync(library).filter((name) => fs.statSync(path.join(library, name)).isDirectory());
    const text = fs.readFileSync(path.join(library, published ?? '', PUBLISHED_FILES.archive), 'utf8');
    const archive = JSON.parse(text) as { meeting: { id: string } };
    for (let i = 0; i < extra; i++) {
      const folder = path.join(library, `2026-01-01-DRILL-${i}`);
      fs.mkdirSync(folder);
      const copy = text
        .replaceAll(archive.meeting.id, randomUUID())
        .replace('Cache stampede at checkout', `Quarterly drill ${i}`)
        .replace('INC-42', `DRILL-${i}`);
      fs.writeFileSync(path.join(folder, PUBLISHED_FILES.archive), copy);
    }
    fs.mkdirSync(path.join(library, '2026-02-09-INC-99'));
    fs.writeFileSync(path.join(library, '2026-02-09-INC-99', PUBLISHED_FILES.archive), '{ "format": "half a merge');
  };

  it('adds a published folder and returns once it is read, batch after batch; adding it again changes nothing; remove removes', async () => {
    const extra = SOURCE_READ_BATCH + 5;
    growTheFolder(extra);
    const total = extra + 1;

    const added = await cli(myDb, 'library', 'add', library);
    expect(added.code).toBe(0);
    // The damaged archive is among those still to read.
    expect(added.stderr).toBe(`Read ${SOURCE_READ_BATCH} archives; ${total + 1 - SOURCE_READ_BATCH} to go…\n`);
    expect(added.stdout).toContain(`${library} is a library source ("postmortems"), read-only: ${total} reviews from it.`);
    expect(added.stdout).toContain(`added ${total}, updated 0, removed 0, unchanged 0, own 0`);
    expect(added.stdout).toMatch(/1 archive could not be read[^\n]*\n {2}2026-02-09-INC-99\/archive\.json: archive: is not JSON/);

    // Found by search and listed among the meetings, where it cannot be changed.
    const searched = await cli(myDb, 'search', 'stampede', '--json');
    expect(searched.code).toBe(0);
    const hits = json<LibrarySearchHit[]>(searched.stdout);
    expect(hits.map((hit) => hit.incidentId)).toEqual(['INC-42']);
    expect(json<LibrarySearchHit[]>((await cli(myDb, 'search', 'refills', '--json', '--limit', '100')).stdout)).toHaveLength(100);
    const meetings = json<MeetingSummary[]>((await cli(myDb, 'meetings', '--json')).stdout);
    expect(meetings).toHaveLength(total);
    expect(meetings.find((meeting) => meeting.id === hits[0]?.meetingId)?.title).toBe('Cache stampede at checkout');
    const edit = await cli(myDb, 'set', '--meeting', hits[0]?.meetingId ?? '', '--title', 'Changed here');
    expect(edit).toMatchObject({ code: 1, stderr: expect.stringContaining('read-only') });

    // Again: nothing new to read, so a no-op that says so.
    const again = await cli(myDb, 'library', 'add', library, '--json');
    expect(again).toMatchObject({ code: 0, stderr: '' });
    const report = json<LibraryAddReport>(again.stdout);
    expect(report).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: total, own: 0 });
    expect(report.problems).toEqual([{ file: '2026-02-09-INC-99/archive.json', message: expect.stringContaining('is not JSON') }]);
    expect(report.source.meetingIds).toHaveLength(total);
    const listed = json<LibrarySource[]>((await cli(myDb, 'library', 'list', '--json')).stdout);
    expect(listed).toEqual([expect.objectContaining({ path: library, name: 'postmortems' })]);
    expect((await cli(myDb, 'library', 'list')).stdout).toMatch(
      new RegExp(`^NAME +REVIEWS +PROBLEMS +READ +PATH\\npostmortems +${total} +1 +.+ ${library}\\n$`),
    );

    // The publishing library's own review is not read in a second time.
    const own = json<LibraryAddReport>((await cli(teamDb, 'library', 'add', library, '--json')).stdout);
    expect(own).toMatchObject({ added: extra, own: 1 });

    const removed = await cli(myDb, 'library', 'remove', path.relative(REPO_ROOT, library), '--json');
    expect(removed.code).toBe(0);
    expect(json<LibraryRemoveReport>(removed.stdout)).toEqual({ id: listed[0]?.id, path: library, reviewsRemoved: total });
    expect(json<MeetingSummary[]>((await cli(myDb, 'meetings', '--json')).stdout)).toEqual([]);
    expect(json<LibrarySearchHit[]>((await cli(myDb, 'search', 'stampede', '--json')).stdout)).toEqual([]);
    expect((await cli(myDb, 'library', 'list')).stdout).toContain('No library sources.');
    // The folder itself is left as it was.
    expect(fs.existsSync(path.join(library, '2026-02-09-INC-99', PUBLISHED_FILES.archive))).toBe(true);
  });

  it('names the folder it could not use, with exit code 1, and the command line it could not read, with 2', async () => {
    const missing = temp.file('no-such-folder');
    const plain = await cli(myDb, 'library', 'add', missing);
    expect(plain).toMatchObject({ code: 1, stdout: '' });
    expect(plain.stderr).toBe(`error: path: ${missing} is not a folder on this computer\n`);
    const asJson = await cli(myDb, 'library', 'add', missing, '--json');
    expect(asJson.code).toBe(1);
    expect(json<{ ok: false; error: { code: string; message: string } }>(asJson.stderr)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining(missing) },
    });

    const notASource = await cli(myDb, 'library', 'remove', library);
    expect(notASource).toMatchObject({ code: 1, stderr: `error: ${library} is not a library source (see: library list)\n` });

    for (const args of [[], ['sync'], ['add'], ['remove'], ['add', library, 'extra'], ['list', library]]) {
      const wrong = await cli(myDb, 'library', ...args);
      expect(wrong.code, args.join(' ')).toBe(2);
      expect(wrong.stderr).toContain('usage: npm run cli -- library add DIR | remove DIR | list');
    }
  });

  it('is documented by help library, and help publish points to it', async () => {
    const help = await runCliProcess(['help', 'library']);
    expect(help.code).toBe(0);
    for (const text of ['add DIR', 'remove DIR', 'list', 'read-only', '--db PATH', '--json']) expect(help.stdout).toContain(text);
    expect((await runCliProcess(['help'])).stdout).toMatch(/\n {2}library +Read a folder of published reviews/);
    expect((await runCliProcess(['help', 'publish'])).stdout).toContain('library add DIR');
  });
});
