import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote, writeGithubScript } from '../../../../src/shared/actions/tracker-export/github-script.ts';
import { HOSTILE_TITLES, REVIEW, exported, person } from './exported-actions.ts';

/** Issue 15: "A shell script of gh issue create calls … It must be safe for any text." */
describe('GitHub script', () => {
  it('quotes any text so that bash hands it over unchanged', () => {
    for (const text of [...HOSTILE_TITLES, '', "'", "''", '\\', '!!', '\n']) {
      const printed = execFileSync('bash', ['-c', `printf '%s' ${shellQuote(text)}`], { encoding: 'utf8' });
      expect(printed).toBe(text);
    }
  });

  it('starts as a strict bash script and creates one issue per item', () => {
    const actions = [exported({ title: 'One' }), exported({ title: 'Two' })];
    const { text } = writeGithubScript({ actions, reviews: [REVIEW], people: [person('Ana Lima', { githubLogin: 'analima' })] });
    expect(text.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(text).toContain('\nset -euo pipefail\n');
    expect(text.match(/^gh issue create /gm)).toHaveLength(2);
    expect(text).toContain("'--assignee=analima'");
  });

  it('puts the due date and the key in the body', () => {
    const action = exported({ dueOn: '2026-12-01' });
    const { text } = writeGithubScript({ actions: [action], reviews: [REVIEW], people: [person('Ana Lima', { githubLogin: 'analima' })] });
    const body = /'--body=([^']*)'/.exec(text)?.[1] ?? '';
    expect(body).toContain('2026-12-01');
    expect(body).toContain(`debrief-${action.item.id}`);
  });

  it('leaves an owner without a GitHub login unassigned and says so', () => {
    const people = [person('Bob Stone', { email: 'bob@example.com', jiraUser: 'bob' })];
    const { text, warnings } = writeGithubScript({ actions: [exported({ owner: 'Bob Stone', title: 'Rotate the keys' })], reviews: [REVIEW], people });
    expect(text).not.toContain('--assignee');
    expect(warnings).toEqual(['no GitHub login for owner "Bob Stone" in the people directory (item "Rotate the keys"): left unassigned']);
  });
});
