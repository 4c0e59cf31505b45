import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { PublishReport } from '../../src/main/cli/commands/publish.ts';
import { INDEX_START } from '../../src/shared/publish/library-index.ts';
import { killAllChildren, ok, runCliProcess, seedDatabase, useTempDir } from '../harness/index.ts';

describe('npm run cli -- publish (as a process)', () => {
  const temp = useTempDir('debrief-cli-publish-');
  let databasePath: string;
  let meetingId: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);

  beforeEach(async () => {
    databasePath = temp.file('debrief.sqlite');
    meetingId = await seedDatabase(databasePath, (service) => {
      const created = ok<{ id: string }>(
        dispatch(service, 'meetings.create', { title: 'Login | outage', incidentId: 'INC-77', severity: 'SEV1', timeZone: 'UTC' }),
      );
      ok(dispatch(service, 'meetings.update', { id: created.id, patch: { incidentStartedAt: Date.UTC(2026, 0, 31, 9) } }));
      return created.id;
    });
  });
  afterEach(killAllChildren);

  it('writes the folder and README and prints the folder, or the whole result with --json', async () => {
    const library = temp.file('library');
    const plain = await cli('publish', '--meeting', meetingId, '--to', library);
    expect(plain).toMatchObject({ code: 0, stderr: '', stdout: `${path.join(library, '2026-01-31-INC-77')}\n` });
    expect(fs.readFileSync(path.join(library, 'README.md'), 'utf8')).toContain(INDEX_START);

    const json = await cli('publish', '--meeting', meetingId, '--to', library, '--json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as PublishReport;
    expect(report).toMatchObject({ folder: '2026-01-31-INC-77', indexed: 1, gitWorkTree: false });
    expect(report.git).toBeUndefined();
  });

  it('commits with --commit in a git working copy, and fails with a clear message elsewhere', async () => {
    const repo = temp.file('repo');
    fs.mkdirSync(repo);
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
    git('init', '--quiet');
    git('config', 'user.name', 'CLI Tester');
    git('config', 'user.email', 'cli@example.invalid');
    const committed = await cli('publish', '--meeting', meetingId, '--to', repo, '--commit');
    expect(committed.code).toBe(0);
    expect(committed.stdout).toMatch(/Committed [0-9a-f]{12} \(not pushed\)\./);
    expect(git('log', '--format=%an', '-1').trim()).toBe('CLI Tester');

    const elsewhere = await cli('publish', '--meeting', meetingId, '--to', temp.file('plain'), '--commit', '--json');
    expect(elsewhere.code).toBe(1);
    expect((JSON.parse(elsewhere.stdout) as PublishReport).git).toMatchObject({
      committed: false,
      message: expect.stringMatching(/not inside a git working copy/),
    });
  });

  it('names the missing flag', async () => {
    expect(await cli('publish', '--meeting', meetingId)).toMatchObject({ code: 2, stderr: expect.stringContaining('publish needs --to DIR') });
    const missing = await cli('publish', '--meeting', crypto.randomUUID(), '--to', temp.file('x'));
    expect(missing.code).toBe(1);
  });
});
