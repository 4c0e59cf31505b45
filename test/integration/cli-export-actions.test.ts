import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ExportActionsReport } from '../../src/main/cli/commands/export-actions.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { Why } from '../../src/shared/domain/whys.ts';
import { killAllChildren, ok, runCliProcess, seedDatabase, useTempDir } from '../harness/index.ts';

/** Issue 15, "Handing action items to a tracker, offline, by file" and the .ics of "Reminders", through the CLI. */
describe('npm run cli -- export-actions (as a process)', () => {
  const temp = useTempDir('debrief-cli-export-actions-');
  let databasePath: string;
  let marker: string;
  let checkout: Meeting;
  let other: Meeting;
  let items: ActionItem[];
  let otherItems: ActionItem[];
  let why: Why;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);

  /** What people typed; the export must hand each one over exactly. */
  const hostileTitles = (pwned: string) => [
    'Fix "quoted", comma, and; semicolon',
    'Line one\nline two, "still" the title',
    '=HYPERLINK("http://evil.example","click")',
    `$(touch ${pwned}) and \`touch ${pwned}\` and \${HOME}`,
    '$(touch /tmp/pwned)',
    "It's Ana's item: '\\'' here; exit 1",
    '-rf --help leading dash',
    '@everyone +1 formula-ish',
    'فحص الدفع \u202Eevil\u202C — 支払い ✓',
  ];
  const OWNERS = ['Ana Lima', 'Bob "Builder" O\'Neil, Jr.', ''];

  beforeEach(async () => {
    databasePath = temp.file('debrief.sqlite');
    marker = temp.file('pwned');
    const seeded = await seedDatabase(databasePath, (service) => {
      const call = <T>(method: Parameters<typeof dispatch>[1], input: unknown) => ok<T>(dispatch(service, method, input));
      const first = call<Meeting>('meetings.create', { title: 'Checkout outage', incidentId: 'INC-2041' });
      const updated = call<Meeting>('meetings.update', { id: first.id, patch: { followUpReviewOn: '2026-12-24' } });
      const cause = call<Why>('whys.add', { meetingId: first.id, parentId: null, text: 'No alert on card errors, "none" at all' });
      const added = hostileTitles(marker).map((title, index) =>
        call<ActionItem>('actions.add', {
          meetingId: first.id,
          title,
          owner: OWNERS[index % OWNERS.length],
          dueOn: index % 4 === 3 ? null : `2026-12-${String(index + 1).padStart(2, '0')}`,
          priority: (['P0', 'P1', 'P2'] as const)[index % 3],
          whyId: index === 0 ? cause.id : null,
        }),
      );
      const second = call<Meeting>('meetings.create', { title: 'Search latency', incidentId: 'INC-2050' });
      const secondItems = [call<ActionItem>('actions.add', { meetingId: second.id, title: 'Cache the index', owner: 'Ana Lima', dueOn: '2027-01-15' })];
      // The people directory maps owners, whatever the case of their name; Bob has an e-mail but no GitHub login.
      call('people.add', { name: 'ana lima', jiraUser: 'ana.jira@example.com', email: 'ana@example.com', githubLogin: 'analima' });
      call('people.add', { name: OWNERS[1], email: 'bob@example.com' });
      return { first: updated, second, added, secondItems, cause };
    });
    ({ first: checkout, second: other, added: items, secondItems: otherItems, cause: why } = seeded);
  });
  afterEach(killAllChildren);

  const exportTo = async (format: string, ...more: string[]) => {
    const out = temp.file(`out-${format}`);
    const result = await cli('export-actions', '--meeting', checkout.id, '--format', format, '--out', out, ...more);
    return { out, result };
  };
  const csvRows = (file: string, options: { group_columns_by_name?: boolean } = {}) =>
    parse(readFileSync(file, 'utf8'), { columns: true, bom: true, ...options }) as Record<string, string | string[]>[];

  it('writes a Jira CSV whose every field reads back as typed, with the key in Labels', async () => {
    const { out, result } = await exportTo('jira-csv');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Wrote ${items.length} action items from 1 review to ${out} (jira-csv)\n`);
    const rows = csvRows(out, { group_columns_by_name: true });
    expect(rows).toHaveLength(items.length);
    const priorities = { P0: 'Highest', P1: 'High', P2: 'Medium' };
    rows.forEach((row, index) => {
      const item = items[index] as ActionItem;
      expect(row).toMatchObject({
        Summary: hostileTitles(marker)[index],
        'Issue Type': 'Task',
        Priority: priorities[item.priority],
        Assignee: { 'Ana Lima': 'ana.jira@example.com', [OWNERS[1] as string]: 'bob@example.com', '': '' }[item.owner],
        'Due date': item.dueOn ?? '',
        Labels: [`debrief-${item.id}`, 'postmortem'],
      });
      expect(row.Description).toContain('INC-2041 Checkout outage');
      if (item.owner !== '') expect(row.Description).toContain(item.owner);
    });
    expect(rows[0]?.Description).toContain(why.text);
    // Jira takes Ana's Jira user and Bob's e-mail; only the items with no owner at all are unassigned, and said so.
    expect(result.stderr).not.toMatch(/no Jira user|not in the people directory/);
    expect(result.stderr).toContain('has no owner: left unassigned');
  });

  it('writes a GitHub script that bash accepts and that hands gh every text unchanged, running nothing else', async () => {
    const { out, result } = await exportTo('github', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ExportActionsReport;
    expect(report).toMatchObject({ path: out, format: 'github', reviews: 1, items: items.length });
    expect(report.warnings.some((warning) => warning.includes(`no GitHub login for owner "${OWNERS[1]}" in the people directory`))).toBe(true);

    expect(spawnSync('bash', ['-n', out], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });

    const bin = temp.file('bin');
    const calls = temp.file('gh-calls');
    mkdirSync(bin);
    mkdirSync(calls);
    // The fake gh keeps each call's arguments, NUL-separated, in a file of its own numbered in call order.
    writeFileSync(path.join(bin, 'gh'), '#!/usr/bin/env bash\nn=$(ls "$GH_CALLS" | wc -l)\nprintf \'%s\\0\' "$@" > "$GH_CALLS/$(printf %04d "$n")"\n');
    chmodSync(path.join(bin, 'gh'), 0o755);
    const ran = spawnSync('bash', [out], {
      cwd: temp.dir,
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, GH_CALLS: calls },
    });
    expect(ran).toMatchObject({ status: 0, stderr: '' });
    expect(existsSync(marker)).toBe(false);

    const recorded = readdirSync(calls)
      .sort()
      .map((name) => readFileSync(path.join(calls, name), 'utf8').split('\0').slice(0, -1));
    const issues = recorded.filter((args) => args[0] === 'issue' && args[1] === 'create');
    expect(issues).toHaveLength(items.length);
    issues.forEach((args, index) => {
      const item = items[index] as ActionItem;
      const body = args.find((arg) => arg.startsWith('--body='))?.slice('--body='.length) ?? '';
      expect(args.filter((arg) => arg.startsWith('--title='))).toEqual([`--title=${hostileTitles(marker)[index]}`]);
      expect(args).toContain('--label=postmortem');
      expect(args.filter((arg) => arg.startsWith('--assignee='))).toEqual(item.owner === 'Ana Lima' ? ['--assignee=analima'] : []);
      expect(body).toContain(`debrief-${item.id}`);
      if (item.dueOn !== null) expect(body).toContain(item.dueOn);
      expect(body).toContain('INC-2041 Checkout outage');
    });
  });

  it('writes a GitLab CSV of title, description and due_date', async () => {
    const { out, result } = await exportTo('gitlab-csv');
    expect(result.code).toBe(0);
    const rows = csvRows(out);
    expect(Object.keys(rows[0] ?? {})).toEqual(['title', 'description', 'due_date']);
    expect(rows.map((row) => row.title)).toEqual(hostileTitles(marker));
    expect(rows.map((row) => row.due_date)).toEqual(items.map((item) => item.dueOn ?? ''));
    rows.forEach((row, index) => expect(row.description).toContain(`debrief-${items[index]?.id}`));
  });

  it("writes a plain CSV where only text starting with = + - @ gets a leading '", async () => {
    const { out, result } = await exportTo('csv');
    expect(result.code).toBe(0);
    const titles = csvRows(out).map((row) => row.Title);
    expect(titles).toEqual(hostileTitles(marker).map((title) => (/^[=+\-@]/.test(title) ? `'${title}` : title)));
    expect(titles).toContain('\'=HYPERLINK("http://evil.example","click")');
    expect(titles).toContain("'-rf --help leading dash");
  });

  it("writes a calendar with each due date and the review's follow-up date, read by ical.js", async () => {
    const { out, result } = await exportTo('ics');
    expect(result.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const dated = items.filter((item) => item.dueOn !== null);
    expect(events.map((event) => event.uid).sort()).toEqual(
      [`debrief-follow-up-${checkout.id}@debrief`, ...dated.map((item) => `debrief-action-${item.id}@debrief`)].sort(),
    );
    const followUp = events.find((event) => event.uid.includes(checkout.id));
    expect(followUp?.startDate.toString()).toBe('2026-12-24');
    expect(followUp?.startDate.isDate).toBe(true);
    expect(followUp?.summary).toContain('INC-2041');
    for (const item of dated) {
      const event = events.find((candidate) => candidate.uid === `debrief-action-${item.id}@debrief`);
      expect(event?.summary).toContain(item.title);
      expect(event?.startDate.toString()).toBe(item.dueOn);
      expect(event?.startDate.isDate).toBe(true);
      expect(event?.description).toContain('INC-2041 Checkout outage');
      if (item.owner !== '') expect(event?.description).toContain(item.owner);
    }
  });

  it("--all exports every review's items", async () => {
    const out = temp.file('all.csv');
    const result = await cli('export-actions', '--all', '--format', 'jira-csv', '--out', out, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ reviews: 2, items: items.length + otherItems.length });
    const summaries = csvRows(out).map((row) => row.Summary);
    expect(summaries).toEqual([...hostileTitles(marker), 'Cache the index']);
    expect(csvRows(out, { group_columns_by_name: true }).at(-1)?.Labels).toEqual([`debrief-${otherItems[0]?.id}`, 'postmortem']);
    expect(other.incidentId).toBe('INC-2050');
  });

  it('prints the file, and nothing else, on standard output with --out -', async () => {
    const result = await cli('export-actions', '--meeting', checkout.id, '--format', 'gitlab-csv', '--out', '-');
    expect(result.code).toBe(0);
    expect((parse(result.stdout, { columns: true }) as Record<string, string>[]).map((row) => row.title)).toEqual(hostileTitles(marker));
    expect(result.stderr).toBe('');
  });

  it('says which owners the people directory does not know, leaving them unassigned rather than guessing', async () => {
    await seedDatabase(databasePath, (service) => {
      const meetingId = ok<Meeting>(dispatch(service, 'meetings.create', { title: 'Queue backlog' })).id;
      ok(dispatch(service, 'actions.add', { meetingId, title: 'Drain the queue', owner: 'Chidi Okafor' }));
    });
    const out = temp.file('all.jira.csv');
    const result = await cli('export-actions', '--all', '--format', 'jira-csv', '--out', out, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ExportActionsReport;
    expect(report.warnings).toContain('owner "Chidi Okafor" is not in the people directory (item "Drain the queue"): left unassigned');
    const rows = csvRows(out);
    expect(rows.find((row) => row.Summary === 'Drain the queue')?.Assignee).toBe('');
  });

  it('no longer takes an identities file: the directory is the one mapping', async () => {
    const result = await cli('export-actions', '--all', '--format', 'jira-csv', '--out', temp.file('x.csv'), '--identities', temp.file('map.json'));
    expect(result.code).toBe(2);
    expect(existsSync(temp.file('x.csv'))).toBe(false);
  });

  it('only reads: a --db in a missing folder is refused and nothing is created', async () => {
    const missing = temp.file(path.join('nowhere', 'debrief.sqlite'));
    const result = await runCliProcess(['export-actions', '--all', '--format', 'csv', '--out', temp.file('x.csv'), '--db', missing]);
    expect(result.code).toBe(1);
    expect(existsSync(path.dirname(missing))).toBe(false);
  });

  it('refuses a wrong command line with exit code 2 and an unknown meeting with 1', async () => {
    const out = temp.file('x.csv');
    expect((await cli('export-actions', '--format', 'csv', '--out', out)).code).toBe(2);
    expect((await cli('export-actions', '--all', '--meeting', checkout.id, '--format', 'csv', '--out', out)).code).toBe(2);
    expect((await cli('export-actions', '--all', '--format', 'xlsx', '--out', out)).code).toBe(2);
    expect((await cli('export-actions', '--all', '--format', 'csv')).code).toBe(2);
    const missing = await cli('export-actions', '--meeting', '3f1c2b7a-0000-4000-8000-000000000000', '--format', 'csv', '--out', out, '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr)).toMatchObject({ ok: false, error: { code: expect.any(String) } });
    expect(existsSync(out)).toBe(false);
  });
});
