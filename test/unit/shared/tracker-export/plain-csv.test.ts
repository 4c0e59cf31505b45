import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writePlainCsv } from '../../../../src/shared/actions/tracker-export/plain-csv.ts';
import { REVIEW, exported } from './exported-actions.ts';

/** Issue 15: "Here, and only here, text starting with =, +, - or @ is neutralised with a leading '". */
describe('plain CSV for spreadsheets', () => {
  const rowsOf = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];

  it('writes every field of an item', () => {
    const action = exported(
      { owner: 'Ana Lima', dueOn: '2026-12-01', priority: 'P2', horizon: 'quick_win', category: 'runbook', status: 'in_progress' },
      'A why',
    );
    expect(rowsOf(writePlainCsv({ actions: [action], reviews: [REVIEW] }).text)).toEqual([
      {
        Key: `debrief-${action.item.id}`,
        Incident: 'INC-2041',
        Review: 'Checkout outage',
        Title: 'Add an alert on card payment errors',
        Owner: 'Ana Lima',
        'Due date': '2026-12-01',
        Priority: 'P2',
        Horizon: 'Quick win',
        Category: 'Runbook',
        Status: 'In progress',
        Addresses: 'A why',
      },
    ]);
  });

  it('starts with a UTF-8 byte order mark, so Excel reads non-ASCII text as UTF-8', () => {
    expect(writePlainCsv({ actions: [exported({ owner: 'Zoë' })], reviews: [REVIEW] }).text.startsWith('\uFEFFKey,')).toBe(true);
  });

  it("puts a ' before text starting with = + - @ and nowhere else", () => {
    const titles = ['=SUM(A1:A9)', '+1 555', '-2+3', '@cmd', 'a=b', ' =spaced', 'plain, "quoted"\nnext line'];
    const rows = rowsOf(writePlainCsv({ actions: titles.map((title) => exported({ title, owner: '@ana' })), reviews: [REVIEW] }).text);
    expect(rows.map((row) => row.Title)).toEqual(["'=SUM(A1:A9)", "'+1 555", "'-2+3", "'@cmd", 'a=b', ' =spaced', 'plain, "quoted"\nnext line']);
    expect(rows.map((row) => row.Owner)).toEqual(titles.map(() => "'@ana"));
  });
});
