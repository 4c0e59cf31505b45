import { readFileSync, writeFileSync } from 'node:fs';
import DatabaseConstructor from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import type { ActionItem } from '../../src/shared/domain/actions.ts';
import { killAllChildren, ok, runCliProcess, seedDatabase, useTempDir } from '../harness/index.ts';

/**
 * Issue 15's round trip: our Jira CSV goes into Jira, the issues move on there, and Jira's own export brings the
 * statuses back by the key in Labels. Jira's export is built here the way Jira writes one (a column per label, the
 * issue key, the workflow's status and its category), from the labels of the file we wrote.
 */
describe('action items to Jira and their statuses back, by file', () => {
  const temp = useTempDir('debrief-round-trip-');
  afterEach(killAllChildren);

  it('finds each item again by its key and applies the status of its category', async () => {
    const databasePath = temp.file('debrief.sqlite');
    const items = await seedDatabase(databasePath, (service) => {
      const call = <T>(method: string, input: unknown) => ok<T>(dispatch(service, method, input));
      const meeting = call<{ id: string }>('meetings.create', { title: 'Checkout outage', incidentId: 'INC-7' }).id;
      const add = (title: string, owner: string) => call<ActionItem>('actions.add', { meetingId: meeting, title, owner });
      return {
        meeting,
        canary: add('Add a canary stage, "5%" first', 'Dana Ortiz'),
        alert: add('=Alert on error rate', 'Sam Lee'),
        vendor: add('Rotate keys', 'Pat Kim'),
      };
    });
    const exported = temp.file('to-jira.csv');
    const out = await runCliProcess(['export-actions', '--meeting', items.meeting, '--format', 'jira-csv', '--out', exported, '--db', databasePath]);
    expect(out.code).toBe(0);

    const [header, ...rows] = parse(readFileSync(exported, 'utf8'), { bom: true }) as string[][];
    const labelColumns = (header ?? []).flatMap((name, index) => (name === 'Labels' ? [index] : []));
    const summaryColumn = header?.indexOf('Summary') ?? -1;
    const jiraStatus: Record<string, [string, string]> = {
      [items.canary.title]: ['Done', 'Done'],
      [items.alert.title]: ['Code review', 'In Progress'],
      [items.vendor.title]: ['Blocked by vendor', 'Waiting'],
    };
    const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const jiraExport = [
      ['Summary', 'Issue key', 'Status', ...labelColumns.map(() => 'Labels'), 'Status Category'].join(','),
      ...rows.map((row, index) => {
        const summary = row[summaryColumn] ?? '';
        const [status, category] = jiraStatus[summary] ?? ['To Do', 'To Do'];
        return [summary, `OPS-${index + 1}`, status, ...labelColumns.map((column) => row[column] ?? ''), category].map(quote).join(',');
      }),
    ].join('\r\n');
    const imported = temp.file('from-jira.csv');
    writeFileSync(imported, jiraExport);

    const result = await runCliProcess(['import-statuses', '--file', imported, '--db', databasePath]);
    expect(result.code).toBe(0);
    const db = new DatabaseConstructor(databasePath, { readonly: true });
    const status = (id: string) => (db.prepare('SELECT status FROM action_items WHERE id = ?').get(id) as { status: string }).status;
    try {
      expect(status(items.canary.id)).toBe('done');
      expect(status(items.alert.id)).toBe('in_progress');
      expect(status(items.vendor.id)).toBe('open');
    } finally {
      db.close();
    }
    expect(result.stdout).toMatch(/unknown status 'Blocked by vendor'/);
  });
});
