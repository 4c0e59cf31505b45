import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { planStatusImport, type CurrentItem } from '../../../src/shared/actions/status-import/plan.ts';
import { planText } from '../../../src/shared/actions/status-import/plan-text.ts';

const CANARY = '3f1c2a4e-8b7d-4c1a-9e2f-0a1b2c3d4e01';
const ALERT = '3f1c2a4e-8b7d-4c1a-9e2f-0a1b2c3d4e02';
const RUNBOOK = '3f1c2a4e-8b7d-4c1a-9e2f-0a1b2c3d4e03';
const VENDOR = '3f1c2a4e-8b7d-4c1a-9e2f-0a1b2c3d4e04';
const DRILL = '3f1c2a4e-8b7d-4c1a-9e2f-0a1b2c3d4e05';
const DELETED = '3f1c2a4e-8b7d-4c1a-9e2f-0a1b2c3d4e99';

const ITEMS: CurrentItem[] = [
  { id: CANARY, title: 'Add a canary stage to the checkout deploy', status: 'open' },
  { id: ALERT, title: 'Alert on payment error rate', status: 'open' },
  { id: RUNBOOK, title: 'Write the rollback runbook', status: 'in_progress' },
  { id: VENDOR, title: 'Rotate the payment provider credentials', status: 'open' },
  { id: DRILL, title: 'Run a failover drill', status: 'done' },
];

/**
 * Jira Cloud's "Export CSV (all fields)", trimmed to the columns that matter and a few that do not: a byte-order
 * mark, CRLF line ends, a Labels column per label (Jira writes as many as the issue with the most labels has, and
 * leaves the rest empty), quoted multi-line descriptions with commas and doubled quotes, and the Status Category
 * Jira derives from each status.
 */
const ALL_FIELDS_EXPORT = [
  '\uFEFFSummary,Issue key,Issue id,Issue Type,Status,Project key,Priority,Resolution,Assignee,Created,Updated,Due date,Labels,Labels,Labels,Description,Status Category,Status Category Changed',
  `Add a canary stage to the checkout deploy,PAY-101,10101,Task,Done,PAY,High,Done,Dana Ortiz,02/Dec/26 9:41 AM,05/Dec/26 4:10 PM,15/Dec/26,postmortem,debrief-${CANARY},checkout,"From the post-mortem of INC-2041.`,
  '',
  'Deploy to 5% first, then ""all"", and watch p99, errors.",Done,05/Dec/26 4:10 PM',
  `Alert on payment error rate,PAY-102,10102,Task,Waiting for review,PAY,Highest,,Sam Lee,02/Dec/26 9:41 AM,04/Dec/26 11:00 AM,,debrief-${ALERT},,,"Page when errors > 2% for 5 min",In Progress,04/Dec/26 11:00 AM`,
  `Write the rollback runbook,PAY-103,10103,Task,In Progress,PAY,Medium,,Pat Kim,02/Dec/26 9:41 AM,03/Dec/26 10:00 AM,,runbooks,debrief-${RUNBOOK},,,In Progress,03/Dec/26 10:00 AM`,
  'Tidy the checkout dashboards,PAY-104,10104,Story,To Do,PAY,Low,,,03/Dec/26 8:00 AM,03/Dec/26 8:00 AM,,dashboards,,,,To Do,03/Dec/26 8:00 AM',
  `Move the status page,PAY-105,10105,Task,To Do,PAY,Low,,,02/Dec/26 9:41 AM,02/Dec/26 9:41 AM,,debrief-${DELETED},,,,To Do,02/Dec/26 9:41 AM`,
  `Run a failover drill,PAY-106,10106,Task,Backlog,PAY,Medium,,,02/Dec/26 9:41 AM,02/Dec/26 9:41 AM,,,,debrief-${DRILL},,To Do,02/Dec/26 9:41 AM`,
  '',
].join('\r\n');

/** The "current fields" export of a board whose columns carry no Status Category: only the status names. */
const CURRENT_FIELDS_EXPORT = [
  'Issue Type,Issue key,Summary,Assignee,Status,Labels,Labels',
  `Task,OPS-7,Rotate the payment provider credentials,Sam Lee,Blocked by vendor,debrief-${VENDOR},security`,
  `Task,OPS-8,Add a canary stage to the checkout deploy,Dana Ortiz,Closed,debrief-${CANARY},`,
  `Task,OPS-9,Alert on payment error rate,Sam Lee,In Review,debrief-${ALERT},`,
  `Task,OPS-10,Write the rollback runbook,Pat Kim,Selected for Development,debrief-${RUNBOOK},`,
  `Task,OPS-11,Run a failover drill,,Open,debrief-${DRILL},`,
].join('\n');

describe('planning a status import from a Jira CSV export', () => {
  it('reads fixtures that a standard CSV reader takes as whole rows of the header width', () => {
    for (const csv of [ALL_FIELDS_EXPORT, CURRENT_FIELDS_EXPORT]) {
      const [header, ...rows] = parse(csv, { bom: true }) as string[][];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toHaveLength(header?.length ?? -1);
    }
  });

  it('matches rows by the debrief-<id> key in any Labels column and maps statuses by Status Category', () => {
    const plan = planStatusImport(ALL_FIELDS_EXPORT, ITEMS);
    expect(plan.errors).toEqual([]);
    expect(plan.changes).toEqual([
      { itemId: CANARY, title: 'Add a canary stage to the checkout deploy', from: 'open', to: 'done', jiraKey: 'PAY-101', line: 2 },
      // A workflow's own status name counts by its category: "Waiting for review" is In Progress.
      { itemId: ALERT, title: 'Alert on payment error rate', from: 'open', to: 'in_progress', jiraKey: 'PAY-102', line: 5 },
      // Done here, To Do in Jira: the tracker is where the work now lives.
      { itemId: DRILL, title: 'Run a failover drill', from: 'done', to: 'open', jiraKey: 'PAY-106', line: 9 },
    ]);
    expect(plan.unchanged).toEqual([{ itemId: RUNBOOK, title: 'Write the rollback runbook', status: 'in_progress', jiraKey: 'PAY-103', line: 6 }]);
    expect(plan.unknownStatuses).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.unmatchedRows).toEqual([
      { jiraKey: 'PAY-104', line: 7, summary: 'Tidy the checkout dashboards', reason: 'no-key', itemId: null },
      { jiraKey: 'PAY-105', line: 8, summary: 'Move the status page', reason: 'no-item', itemId: DELETED },
    ]);
  });

  it('without a Status Category column, maps the common status names and shows a status that fits none', () => {
    const plan = planStatusImport(CURRENT_FIELDS_EXPORT, ITEMS);
    expect(plan.errors).toEqual([]);
    expect(plan.changes.map(({ jiraKey, itemId, from, to }) => ({ jiraKey, itemId, from, to }))).toEqual([
      { jiraKey: 'OPS-8', itemId: CANARY, from: 'open', to: 'done' },
      { jiraKey: 'OPS-9', itemId: ALERT, from: 'open', to: 'in_progress' },
      { jiraKey: 'OPS-10', itemId: RUNBOOK, from: 'in_progress', to: 'open' },
      { jiraKey: 'OPS-11', itemId: DRILL, from: 'done', to: 'open' },
    ]);
    expect(plan.unknownStatuses).toEqual([
      {
        itemId: VENDOR,
        title: 'Rotate the payment provider credentials',
        status: 'Blocked by vendor',
        statusCategory: null,
        jiraKey: 'OPS-7',
        line: 2,
      },
    ]);
    expect(planText(plan)).toContain(`unknown status 'Blocked by vendor' for OPS-7 (line 2) "Rotate the payment provider credentials": left unchanged`);
  });

  it.each([
    ['To Do', 'open'],
    ['Open', 'open'],
    ['Backlog', 'open'],
    ['Selected for Development', 'open'],
    ['In Progress', 'in_progress'],
    ['In Review', 'in_progress'],
    ['Done', 'done'],
    ['Closed', 'done'],
    ['Resolved', 'done'],
    ['  done  ', 'done'],
  ] as const)('maps the status name %j to %s', (status, expected) => {
    const item: CurrentItem = { id: VENDOR, title: 'Rotate the credentials', status: 'cancelled' };
    const plan = planStatusImport(`Issue key,Status,Labels\nOPS-1,${status},debrief-${VENDOR}\n`, [item]);
    expect(plan.changes.map((change) => change.to)).toEqual([expected]);
  });

  it('takes the Status Category over the status name, and shows a category that is none of the three', () => {
    const csv = [
      'Issue key,Status,Status Category,Labels',
      `OPS-1,Closed,In Progress,debrief-${CANARY}`,
      `OPS-2,Done,Waiting,debrief-${ALERT}`,
      // An empty category cell says nothing: the status name decides.
      `OPS-3,Resolved,,debrief-${RUNBOOK}`,
    ].join('\n');
    const plan = planStatusImport(csv, ITEMS);
    expect(plan.changes.map(({ jiraKey, to }) => [jiraKey, to])).toEqual([
      ['OPS-1', 'in_progress'],
      ['OPS-3', 'done'],
    ]);
    expect(plan.unknownStatuses).toMatchObject([{ jiraKey: 'OPS-2', status: 'Done', statusCategory: 'Waiting' }]);
  });

  it('keeps every label of an older export that writes them space-separated in one Labels cell', () => {
    const plan = planStatusImport(`Issue key,Status,Labels\nOPS-1,Done,"postmortem debrief-${CANARY} checkout"\n`, ITEMS);
    expect(plan.changes).toMatchObject([{ itemId: CANARY, to: 'done' }]);
  });

  it('leaves an item alone, and says so, when two Jira issues carry its key with different statuses', () => {
    const csv = [
      'Issue key,Status,Labels',
      `OPS-1,Done,debrief-${CANARY}`,
      `OPS-2,In Progress,debrief-${CANARY}`,
      `OPS-3,Done,debrief-${ALERT}`,
      `OPS-4,Closed,debrief-${ALERT}`,
    ].join('\n');
    const plan = planStatusImport(csv, ITEMS);
    expect(plan.conflicts).toEqual([
      {
        itemId: CANARY,
        title: 'Add a canary stage to the checkout deploy',
        rows: [
          { jiraKey: 'OPS-1', line: 2, status: 'Done' },
          { jiraKey: 'OPS-2', line: 3, status: 'In Progress' },
        ],
      },
    ]);
    // Two issues that agree (Done and Closed are both Done) are one change.
    expect(plan.changes).toMatchObject([{ itemId: ALERT, to: 'done', jiraKey: 'OPS-3' }]);
  });

  it('ignores labels that only look like keys', () => {
    const csv = ['Issue key,Status,Labels,Labels', `OPS-1,Done,debrief-not-an-id,xdebrief-${CANARY}`].join('\n');
    expect(planStatusImport(csv, ITEMS).unmatchedRows).toMatchObject([{ jiraKey: 'OPS-1', reason: 'no-key' }]);
  });

  it.each([
    ['an empty file', '', null, 'the file is empty'],
    ['a file of blank lines', '\uFEFF\r\n\r\n', null, 'the file is empty'],
    ['no Labels column', 'Summary,Issue key,Status\nFix it,OPS-1,Done\n', 1, 'no Labels column'],
    ['no Status column', 'Summary,Issue key,Labels\nFix it,OPS-1,x\n', 1, 'no Status column'],
    ['an unterminated quote', `Issue key,Status,Labels\nOPS-1,Done,debrief-${CANARY}\nOPS-2,"Done,debrief-${ALERT}\n`, 3, 'not valid CSV'],
  ])('plans nothing from %s and says why', (_name, csv, line, message) => {
    const plan = planStatusImport(csv, ITEMS);
    expect(plan.errors).toEqual([{ line, message: expect.stringContaining(message) as string }]);
    expect(plan).toMatchObject({ changes: [], unchanged: [], unknownStatuses: [], unmatchedRows: [], conflicts: [] });
  });
});
