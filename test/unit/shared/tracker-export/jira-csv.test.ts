import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeJiraCsv } from '../../../../src/shared/actions/tracker-export/jira-csv.ts';
import { HOSTILE_TITLES, REVIEW, exported, person } from './exported-actions.ts';

/** Issue 15: "Columns Summary, Description, Issue Type, Priority, Assignee, Due date, Labels … debrief-<id> in Labels". */
describe('Jira CSV', () => {
  const readRows = (text: string) => parse(text, { relax_column_count: false }) as string[][];

  it('has the columns Jira imports, a key label and a postmortem label per row', () => {
    const action = exported({ owner: 'Ana Lima', dueOn: '2026-12-01', priority: 'P0' }, 'No alert fired on card errors');
    const { text, warnings } = writeJiraCsv({ actions: [action], reviews: [REVIEW], people: [person('Ana Lima', { jiraUser: 'ana@example.com' })] });
    const [header, row, ...rest] = readRows(text);
    expect(header).toEqual(['Summary', 'Description', 'Issue Type', 'Priority', 'Assignee', 'Due date', 'Labels', 'Labels']);
    expect(rest).toEqual([]);
    expect(row).toEqual([
      'Add an alert on card payment errors',
      expect.any(String),
      'Task',
      'Highest',
      'ana@example.com',
      '2026-12-01',
      `debrief-${action.item.id}`,
      'postmortem',
    ]);
    const description = row?.[1] ?? '';
    for (const part of ['INC-2041 Checkout outage', 'Ana Lima', 'Short term', 'Monitoring', 'No alert fired on card errors', `debrief-${action.item.id}`]) {
      expect(description).toContain(part);
    }
    expect(warnings).toEqual([]);
    expect(text.startsWith('Summary,')).toBe(true);
  });

  it('maps P0, P1, P2 to Highest, High, Medium', () => {
    const actions = (['P0', 'P1', 'P2'] as const).map((priority) => exported({ priority }));
    const rows = readRows(writeJiraCsv({ actions, reviews: [REVIEW] }).text).slice(1);
    expect(rows.map((row) => row[3])).toEqual(['Highest', 'High', 'Medium']);
  });

  it('keeps every hostile title exactly as typed, a leading "=" included, one row each', () => {
    const actions = HOSTILE_TITLES.map((title) => exported({ title }));
    const rows = readRows(writeJiraCsv({ actions, reviews: [REVIEW] }).text).slice(1);
    expect(rows.map((row) => row[0])).toEqual([...HOSTILE_TITLES]);
  });

  it('leaves an owner without a Jira user or e-mail unassigned and says so, naming owner and item', () => {
    const action = exported({ owner: 'Bob Stone', title: 'Rotate the keys' });
    const { text, warnings } = writeJiraCsv({ actions: [action], reviews: [REVIEW], people: [person('Bob Stone', { githubLogin: 'bobstone' })] });
    expect(readRows(text)[1]?.[4]).toBe('');
    expect(warnings).toEqual(['no Jira user or e-mail for owner "Bob Stone" in the people directory (item "Rotate the keys"): left unassigned']);
  });

  it('takes the e-mail when the person has no Jira user, and matches the owner ignoring case', () => {
    const action = exported({ owner: 'BOB stone' });
    const { text, warnings } = writeJiraCsv({ actions: [action], reviews: [REVIEW], people: [person('Bob Stone', { email: 'bob@example.com' })] });
    expect(readRows(text)[1]?.[4]).toBe('bob@example.com');
    expect(warnings).toEqual([]);
  });

  it('says an owner is not in the directory instead of guessing', () => {
    const action = exported({ owner: 'Chidi Okafor', title: 'Drain' });
    const { text, warnings } = writeJiraCsv({ actions: [action], reviews: [REVIEW], people: [person('Ana Lima', { jiraUser: 'ana' })] });
    expect(readRows(text)[1]?.[4]).toBe('');
    expect(warnings).toEqual(['owner "Chidi Okafor" is not in the people directory (item "Drain"): left unassigned']);
  });

  it('writes an empty due date for an item without one', () => {
    const rows = readRows(writeJiraCsv({ actions: [exported({ dueOn: null })], reviews: [REVIEW], people: [person('Ana Lima', { jiraUser: 'ana' })] }).text);
    expect(rows[1]?.[5]).toBe('');
  });
});
