import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeGitlabCsv } from '../../../../src/shared/actions/tracker-export/gitlab-csv.ts';
import { HOSTILE_TITLES, REVIEW, exported } from './exported-actions.ts';

/** GitLab's issue CSV import: title and description first, then due_date as YYYY-MM-DD. */
describe('GitLab CSV', () => {
  it('has title, description and due_date, with the key and review in the description', () => {
    const action = exported({ dueOn: '2026-12-31' });
    const rows = parse(writeGitlabCsv({ actions: [action], reviews: [REVIEW] }).text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual(['title', 'description', 'due_date']);
    expect(rows[0]).toMatchObject({ title: 'Add an alert on card payment errors', due_date: '2026-12-31' });
    expect(rows[0]?.description).toContain(`debrief-${action.item.id}`);
    expect(rows[0]?.description).toContain('INC-2041 Checkout outage');
  });

  it('keeps hostile titles as typed', () => {
    const rows = parse(writeGitlabCsv({ actions: HOSTILE_TITLES.map((title) => exported({ title })), reviews: [REVIEW] }).text, {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.map((row) => row.title)).toEqual([...HOSTILE_TITLES]);
  });

  it('does not let a description line run as a GitLab quick action', () => {
    const action = exported({}, 'Cause line\n/close\n  /assign @someone');
    const [row] = parse(writeGitlabCsv({ actions: [action], reviews: [REVIEW] }).text, { columns: true }) as Record<string, string>[];
    expect(row?.description?.split('\n').some((line) => /^\s*\//.test(line))).toBe(false);
    expect(row?.description).toContain('\\/close');
  });
});
