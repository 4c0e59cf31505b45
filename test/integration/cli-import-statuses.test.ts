import { writeFileSync } from 'node:fs';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ImportStatusesReport } from '../../src/main/cli/commands/import-statuses.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import { killAllChildren, ok, runCliProcess, seedDatabase, useTempDir } from '../harness/index.ts';

interface Seeded {
  canary: string;
  alert: string;
  runbook: string;
  vendor: string;
  deleted: string;
}

/**
 * A Jira Cloud "Export CSV (all fields)" of the issues made from the items: a byte-order mark, CRLF, one Labels
 * column per label, a quoted multi-line description, Status Category beside a workflow's own status names.
 */
function jiraExport(ids: Seeded): string {
  return [
    '\uFEFFSummary,Issue key,Issue id,Issue Type,Status,Priority,Assignee,Labels,Labels,Description,Status Category',
    `Add a canary stage,PAY-1,10001,Task,Done,High,Dana Ortiz,debrief-${ids.canary},postmortem,"Deploy to 5% first.\r\nThen ""everyone"", watching p99.",Done`,
    `Alert on payment error rate,PAY-2,10002,Task,Code review,Highest,Sam Lee,postmortem,debrief-${ids.alert},,In Progress`,
    `Write the rollback runbook,PAY-3,10003,Task,In Progress,Medium,Pat Kim,debrief-${ids.runbook},,,In Progress`,
    `Rotate the provider credentials,PAY-4,10004,Task,Blocked by vendor,High,Sam Lee,debrief-${ids.vendor},,,Waiting`,
    `Move the status page,PAY-5,10005,Task,Done,Low,,debrief-${ids.deleted},,,Done`,
    'Tidy the dashboards,PAY-6,10006,Story,To Do,Low,,dashboards,,,To Do',
    '',
  ].join('\r\n');
}

describe('npm run cli -- import-statuses (as a process)', () => {
  const temp = useTempDir('debrief-cli-statuses-');
  let databasePath: string;
  let ids: Seeded;
  let csvFile: string;
  const cli = (...args: string[]) => runCliProcess([...args, '--db', databasePath]);
  const stored = () => {
    const db = new DatabaseConstructor(databasePath, { readonly: true });
    try {
      return db.prepare('SELECT * FROM action_items ORDER BY id').all();
    } finally {
      db.close();
    }
  };
  const statuses = () => {
    const db = new DatabaseConstructor(databasePath, { readonly: true });
    try {
      const rows = db.prepare('SELECT id, status FROM action_items').all() as Array<{ id: string; status: string }>;
      return Object.fromEntries(rows.map((row) => [row.id, row.status]));
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    databasePath = temp.file('debrief.sqlite');
    ids = await seedDatabase(databasePath, (service) => {
      const call = <T>(method: string, input: unknown) => ok<T>(dispatch(service, method, input));
      const checkout = call<{ id: string }>('meetings.create', { title: 'Checkout outage' }).id;
      const payments = call<{ id: string }>('meetings.create', { title: 'Payments latency' }).id;
      const add = (meetingId: string, title: string, status = 'open') => call<ActionItem>('actions.add', { meetingId, title, status }).id;
      const seeded = {
        canary: add(checkout, 'Add a canary stage'),
        alert: add(checkout, 'Alert on payment error rate'),
        runbook: add(payments, 'Write the rollback runbook', 'in_progress'),
        vendor: add(payments, 'Rotate the provider credentials'),
        deleted: add(payments, 'Move the status page'),
      };
      call('actions.delete', { id: seeded.deleted });
      return seeded;
    });
    csvFile = temp.file('jira-export.csv');
    writeFileSync(csvFile, jiraExport(ids));
  });
  afterEach(killAllChildren);

  it('--dry-run shows the planned changes and the unknown status, and changes nothing', async () => {
    const before = stored();
    const result = await cli('import-statuses', '--file', csvFile, '--dry-run');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.filter((line) => line.includes('→'))).toEqual([
      expect.stringMatching(/PAY-1\b.*Add a canary stage.*open → done/) as string,
      expect.stringMatching(/PAY-2\b.*Alert on payment error rate.*open → in progress/) as string,
    ]);
    expect(result.stdout).toMatch(/unknown status 'Blocked by vendor'.* for PAY-4\b.*Rotate the provider credentials/);
    expect(result.stdout).toMatch(/PAY-5\b.*not stored/);
    expect(result.stdout).toMatch(/PAY-6\b.*no debrief-/);
    expect(result.stdout).not.toMatch(/PAY-3\b/);
    expect(lines).toContain('Dry run: nothing was changed.');
    expect(stored()).toEqual(before);
  });

  it('applies exactly the planned changes, then has nothing left to do', async () => {
    const before = statuses();
    const result = await cli('import-statuses', '--file', csvFile);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Applied 2 changes.');
    expect(statuses()).toEqual({ ...before, [ids.canary]: 'done', [ids.alert]: 'in_progress' });
    expect(before).toMatchObject({ [ids.runbook]: 'in_progress', [ids.vendor]: 'open' });

    const again = await cli('import-statuses', '--file', csvFile);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to change.');
  });

  it('--json prints the plan and how many were applied', async () => {
    const result = await cli('import-statuses', '--file', csvFile, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ImportStatusesReport;
    expect(report).toMatchObject({ dryRun: false, applied: 2 });
    expect(report.plan.changes.map(({ jiraKey, itemId, from, to }) => ({ jiraKey, itemId, from, to }))).toEqual([
      { jiraKey: 'PAY-1', itemId: ids.canary, from: 'open', to: 'done' },
      { jiraKey: 'PAY-2', itemId: ids.alert, from: 'open', to: 'in_progress' },
    ]);
    expect(report.plan.unchanged.map((row) => row.jiraKey)).toEqual(['PAY-3']);
    expect(report.plan.unknownStatuses).toMatchObject([{ jiraKey: 'PAY-4', status: 'Blocked by vendor', statusCategory: 'Waiting' }]);
    expect(report.plan.unmatchedRows).toMatchObject([
      { jiraKey: 'PAY-5', reason: 'no-item', itemId: ids.deleted },
      { jiraKey: 'PAY-6', reason: 'no-key' },
    ]);
  });

  it('prints text from the file on one line each, without terminal escapes or bidi overrides', async () => {
    const hostile = temp.file('hostile.csv');
    writeFileSync(hostile, `Issue key,Summary,Status,Labels\r\nPAY-9,"Two\r\nlines",\u001b[2JBlocked\u202e,debrief-${ids.vendor}\r\n`);
    const result = await cli('import-statuses', '--file', hostile, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\u202e');
    expect(result.stdout).toContain("unknown status ' [2JBlocked' for PAY-9");
  });

  it('exits 1 and changes nothing when the file is not a Jira export or cannot be read', async () => {
    const before = stored();
    const noLabels = temp.file('no-labels.csv');
    writeFileSync(noLabels, 'Summary,Issue key,Status\nAdd a canary stage,PAY-1,Done\n');
    const bad = await cli('import-statuses', '--file', noLabels);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toContain('no Labels column');

    const missing = temp.file('nope.csv');
    const unreadable = await cli('import-statuses', '--file', missing);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain(`error: cannot read ${missing}`);

    const binary = temp.file('export.xlsx');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]));
    expect((await cli('import-statuses', '--file', binary)).stderr).toContain('is not UTF-8 text');
    expect(stored()).toEqual(before);
  });

  it('exits 2 on a wrong command line', async () => {
    expect((await cli('import-statuses')).code).toBe(2);
    expect((await cli('import-statuses', '--file', csvFile, '--dry-run=yes')).code).toBe(2);
  });
});
