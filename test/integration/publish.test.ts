import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { GitCommitResult, PublishResult } from '../../src/shared/api/publish.ts';
import type { MeetingArchive } from '../../src/shared/archive/meeting-archive.ts';
import { readArchive } from '../../src/shared/archive/read-archive.ts';
import type { EarlierOpenItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import { INDEX_END, INDEX_START } from '../../src/shared/publish/library-index.ts';
import { publicationFiles } from '../../src/shared/publish/publication.ts';
import { canMountTmpfs, cmarkGfmRead, failure, fillDisk, mountTmpfs, ok, pandocRead, useServiceOnTempFile, useTempDir } from '../harness/index.ts';
import { INCIDENT_START, buildRichMeeting } from './archive-rich-meeting.ts';

describe('publishing a review into a shared folder (publish.write, publish.commit)', () => {
  const temp = useTempDir('debrief-publish-');
  let clock = INCIDENT_START + 3 * 24 * 60 * 60_000;
  const fixture = useServiceOnTempFile(() => ({ clock: () => clock }));
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const library = () => temp.file('library');

  const publish = async (meetingId: string, dir = library()): Promise<PublishResult> => {
    const archive = ok<MeetingArchive>(call('archive.export', { meetingId }));
    const backlog = ok<EarlierOpenItem[]>(call('actions.openFromEarlier', { meetingId }));
    return ok<PublishResult>(call('publish.write', await publicationFiles({ archive, backlog }, dir)));
  };
  const create = (title: string, incidentId: string): Meeting => {
    const meeting = ok<Meeting>(call('meetings.create', { title, incidentId, severity: 'SEV3', timeZone: 'UTC' }));
    return ok<Meeting>(call('meetings.update', { id: meeting.id, patch: { incidentStartedAt: INCIDENT_START } }));
  };
  const readme = () => fs.readFileSync(path.join(library(), 'README.md'), 'utf8');
  const indexRows = () => {
    const table = cmarkGfmRead(readme()).blocks.find((block) => block.kind === 'table');
    if (table?.kind !== 'table') throw new Error('the README has no table');
    return table.rows;
  };

  it('writes the Markdown and Word reports and the archive into <date>-<incident>/, and the index row', async () => {
    const meeting = buildRichMeeting(call, (ms) => (clock += ms));
    const result = await publish(meeting.id);
    const folder = path.join(library(), '2026-11-20-INC-2041');
    expect(result).toMatchObject({ path: folder, folder: '2026-11-20-INC-2041', indexed: 1, gitWorkTree: false });
    expect(fs.readdirSync(folder).sort()).toEqual(['INC-2041-2026-11-20-images', 'archive.json', 'report.docx', 'report.md']);
    expect(result.files).toEqual(
      expect.arrayContaining(['2026-11-20-INC-2041/report.md', '2026-11-20-INC-2041/report.docx', '2026-11-20-INC-2041/archive.json', 'README.md']),
    );

    // The archive reads back as the review, in the state it was in: a draft here, which the report says too.
    const archive = readArchive(fs.readFileSync(path.join(folder, 'archive.json'), 'utf8'));
    expect(archive.meeting.id).toBe(meeting.id);
    expect(archive.review.state).toBe('draft');
    const markdown = cmarkGfmRead(fs.readFileSync(path.join(folder, 'report.md'), 'utf8'));
    expect(markdown.blocks.length).toBeGreaterThan(10);
    const word = await pandocRead(path.join(folder, 'report.docx'));
    expect(word.tables.flatMap((table) => table.body)).toContainEqual(['Incident ID', 'INC-2041']);
    expect(word.text).toContain('Update the checkout runbook');

    // The title as the report shows it (characters no report can carry left out); one item is still open.
    const shownTitle = markdown.blocks[1]?.kind === 'paragraph' ? markdown.blocks[1].text : '';
    expect(shownTitle).toContain('Checkout outage #1 | `tick`');
    expect(indexRows()).toEqual([['2026-11-20', 'INC-2041', 'SEV2', 'draft', shownTitle, '1']]);
    // Nothing is left under a temporary name.
    expect(fs.readdirSync(library()).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it("keeps the team's README text and updates the review's row when it is published again", async () => {
    fs.mkdirSync(library());
    const theirs = `# Team post-mortems\n\nHand-written | with a pipe and a \\ backslash.\n\n${INDEX_START}\nanything\n${INDEX_END}\n\n## Ours after\nKeep me.\n`;
    fs.writeFileSync(path.join(library(), 'README.md'), theirs);
    const meeting = create('Cache stampede', 'INC-9');
    await publish(meeting.id);
    ok(call('meetings.update', { id: meeting.id, patch: { title: 'Cache stampede, renamed' } }));
    ok(call('review.setState', { meetingId: meeting.id, state: 'in_review' }));
    const again = await publish(meeting.id);

    expect(again.folder).toBe('2026-11-20-INC-9');
    expect(fs.readdirSync(library()).sort()).toEqual(['2026-11-20-INC-9', 'README.md']);
    expect(indexRows()).toEqual([['2026-11-20', 'INC-9', 'SEV3', 'in review', 'Cache stampede, renamed', '0']]);
    // The report records the state it was published in.
    expect(fs.readFileSync(path.join(again.path, 'report.md'), 'utf8')).toMatch(/Review state:\*\* In review/);
    const text = readme();
    expect(text.startsWith('# Team post-mortems\n\nHand-written | with a pipe and a \\ backslash.\n\n')).toBe(true);
    expect(text.endsWith(`${INDEX_END}\n\n## Ours after\nKeep me.\n`)).toBe(true);
  });

  it("lists every review in the folder, a teammate's included, and gives two reviews of one name two folders", async () => {
    await publish(create('First', 'INC-1').id);
    // A teammate's publication, as a pull of the shared repository brings it.
    const teammate = path.join(library(), '2026-11-19-INC-0');
    fs.mkdirSync(teammate);
    const archive = JSON.parse(fs.readFileSync(path.join(library(), '2026-11-20-INC-1', 'archive.json'), 'utf8')) as MeetingArchive;
    fs.writeFileSync(
      path.join(teammate, 'archive.json'),
      JSON.stringify({
        ...archive,
        meeting: { ...archive.meeting, id: crypto.randomUUID(), incidentId: 'INC-0', title: 'Theirs', incidentStartedAt: INCIDENT_START - 86_400_000 },
      }),
    );
    const second = await publish(create('Second, same incident id', 'INC-1').id);
    expect(second.folder).toBe('2026-11-20-INC-1-2');
    expect(second.indexed).toBe(3);
    expect(indexRows().map((row) => row[4])).toEqual(['First', 'Second, same incident id', 'Theirs']);
  });

  it.each([
    ['../../escaped', '2026-11-20-escaped'],
    ['/etc/passwd', '2026-11-20-etc-passwd'],
    ['NUL', '2026-11-20-NUL'],
    ['a|b\\c <x> "q" *?:', '2026-11-20-ab-c-x-q'],
    ['\u202Eexe.md', '2026-11-20-exe.md'],
  ])('keeps a hostile incident id (%j) inside the folder', async (incidentId, folder) => {
    const result = await publish(create(`Title ${incidentId}`, incidentId).id);
    expect(result.folder).toBe(folder);
    expect(path.dirname(result.path)).toBe(library());
    expect(fs.readdirSync(temp.dir).sort()).toEqual(['library']);
  });

  it('refuses a README whose markers it cannot pair, after writing the review, and leaves the README as it was', async () => {
    fs.mkdirSync(library());
    const broken = `# Ours\n${INDEX_START}\nno end marker\n`;
    fs.writeFileSync(path.join(library(), 'README.md'), broken);
    const meeting = create('Markers', 'INC-5');
    const archive = ok<MeetingArchive>(call('archive.export', { meetingId: meeting.id }));
    const refused = failure(call('publish.write', await publicationFiles({ archive, backlog: [] }, library())));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/markers/);
    expect(readme()).toBe(broken);
  });

  it('refuses a folder path that is not absolute, and a folder whose parent does not exist', async () => {
    const meeting = create('Paths', 'INC-6');
    const archive = ok<MeetingArchive>(call('archive.export', { meetingId: meeting.id }));
    const files = await publicationFiles({ archive, backlog: [] }, 'relative/folder');
    expect(failure(call('publish.write', files))).toMatchObject({ code: 'invalid_input', field: 'dir' });
    expect(failure(call('publish.write', { ...files, dir: temp.file('missing/library') }))).toMatchObject({ code: 'invalid_input', field: 'dir' });
  });

  it.skipIf(!canMountTmpfs())('leaves the published files as they were when the disk fills up mid-way, never half of one', async () => {
    const disk = mountTmpfs(library(), '2m');
    try {
      const meeting = create('Full disk', 'INC-10');
      const first = await publish(meeting.id);
      const before = new Map(first.files.map((file) => [file, fs.readFileSync(path.join(library(), file))]));
      const filler = fillDisk(library());
      ok(call('meetings.update', { id: meeting.id, patch: { title: 'Full disk, renamed', summary: 'x'.repeat(20_000) } }));
      const archive = ok<MeetingArchive>(call('archive.export', { meetingId: meeting.id }));
      const refused = failure(call('publish.write', await publicationFiles({ archive, backlog: [] }, library())));
      expect(refused.code).toBe('conflict');
      expect(refused.message).toMatch(/^Could not write .*: .*Nothing after it was written\.$/);
      for (const [file, bytes] of before) expect(fs.readFileSync(path.join(library(), file)).equals(bytes), file).toBe(true);
      const left = fs.readdirSync(library(), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
      expect(left).toEqual([]);
      fs.rmSync(filler);
    } finally {
      disk.unmount();
    }
  });

  describe('committing with git', () => {
    const savedEnv = { ...process.env };
    const git = (...args: string[]) => execFileSync('git', ['-C', library(), ...args], { encoding: 'utf8' });
    beforeEach(() => {
      // No global or system identity: only what the test sets in the repository counts.
      const empty = temp.file('empty-gitconfig');
      fs.writeFileSync(empty, '');
      Object.assign(process.env, { GIT_CONFIG_GLOBAL: empty, GIT_CONFIG_NOSYSTEM: '1' });
      for (const name of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL']) delete process.env[name];
      fs.mkdirSync(library());
      git('init', '--quiet', '--initial-branch=main');
    });
    afterEach(() => {
      process.env = { ...savedEnv };
    });

    it("commits only the review's files and the README, as the user, and never pushes", async () => {
      git('config', 'user.name', 'Test Person');
      git('config', 'user.email', 'test@example.invalid');
      fs.writeFileSync(path.join(library(), 'unrelated.txt'), 'staged by the user');
      git('add', 'unrelated.txt');
      const meeting = create('Git', 'INC-7');
      const written = await publish(meeting.id);
      expect(written.gitWorkTree).toBe(true);

      const result = ok<GitCommitResult>(call('publish.commit', { dir: library(), folder: written.folder }));
      expect(result).toMatchObject({ committed: true, commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
      expect(git('log', '-1', '--format=%an <%ae>|%s').trim()).toBe('Test Person <test@example.invalid>|Publish post-incident review 2026-11-20 INC-7: Git');
      expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([
        '2026-11-20-INC-7/archive.json',
        '2026-11-20-INC-7/report.docx',
        '2026-11-20-INC-7/report.md',
        'README.md',
      ]);
      // The user's own staged change is still staged, and not in the commit.
      expect(git('diff', '--cached', '--name-only').trim()).toBe('unrelated.txt');
      expect(git('remote').trim()).toBe('');

      const again = ok<GitCommitResult>(call('publish.commit', { dir: library(), folder: written.folder }));
      expect(again).toMatchObject({ committed: false, message: expect.stringMatching(/^Nothing to commit/) });
    });

    it('says what to do when git does not know who the user is', async () => {
      const written = await publish(create('No identity', 'INC-8').id);
      const result = ok<GitCommitResult>(call('publish.commit', { dir: library(), folder: written.folder }));
      expect(result.committed).toBe(false);
      expect(result.message).toMatch(/git config --global user.name/);
      expect(() => git('rev-parse', 'HEAD')).toThrow();
    });

    it('says so when git is not installed', async () => {
      const written = await publish(create('No git', 'INC-9').id);
      process.env.PATH = temp.file('no-bin');
      const result = ok<GitCommitResult>(call('publish.commit', { dir: library(), folder: written.folder }));
      expect(result).toEqual({ committed: false, message: expect.stringMatching(/^git was not found/) });
    });
  });
});
