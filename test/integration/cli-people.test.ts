import { afterEach, describe, expect, it } from 'vitest';
import type { Person } from '../../src/shared/domain/person.ts';
import { killAllChildren, runCliProcess, useTempDir } from '../harness/index.ts';

/** Issue 15, "People across reviews", from the command line: the directory the exports map owners through. */
describe('npm run cli -- people (as a process)', () => {
  const temp = useTempDir('debrief-cli-people-');
  const cli = (...args: string[]) => runCliProcess([...args, '--db', temp.file('debrief.sqlite')]);
  afterEach(killAllChildren);

  it('adds people with their identities and lists them; a taken name or a bad login is refused with exit code 1', async () => {
    expect((await cli('people')).stdout).toBe('The people directory is empty.\n');
    const added = await cli('people', '--add', 'Ana Lima', '--jira', 'ana@example.com', '--github', 'analima', '--json');
    expect(added.code).toBe(0);
    expect((JSON.parse(added.stdout) as Person[]).map(({ name, email, jiraUser, githubLogin }) => ({ name, email, jiraUser, githubLogin }))).toEqual([
      { name: 'Ana Lima', email: '', jiraUser: 'ana@example.com', githubLogin: 'analima' },
    ]);
    const listed = await cli('people');
    expect(listed.stdout).toMatch(/NAME\s+E-MAIL\s+JIRA USER\s+GITHUB LOGIN\n/);
    expect(listed.stdout).toMatch(/Ana Lima\s+-\s+ana@example\.com\s+analima/);

    const taken = await cli('people', '--add', 'ana lima');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('"Ana Lima" is already in the directory');
    const bad = await cli('people', '--add', 'Bo Chen', '--github', 'bo_chen');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('githubLogin');
    expect((await cli('people', '--email', 'x@example.com')).code).toBe(2);
  });
});
