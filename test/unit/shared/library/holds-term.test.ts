import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ftsTerms, holdsTerm } from '../../../../src/shared/library/search-query.ts';

// The reference is SQLite's own FTS5 with the index's tokenizer: holdsTerm must answer as the index would.
const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE probe USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`);
const insert = db.prepare('INSERT INTO probe (rowid, body) VALUES (1, ?)');
const clear = db.prepare('DELETE FROM probe');
const matches = db.prepare('SELECT count(*) FROM probe WHERE probe MATCH ?').pluck();
afterAll(() => db.close());

const fts5Holds = (text: string, term: string): boolean => {
  clear.run();
  insert.run(text);
  return (matches.get(term) as number) > 0;
};

const TEXTS = [
  'The disk on db-3 filled up at 14:05',
  'Café menu service down in Zürich',
  'CAFE MENU',
  'Connection pool exhausted; "quoted" words and NEAR(disk*) OR',
  'Ошибка базы данных на узле db-3',
  'naïve retry loop, then a rollback',
  '',
];
const QUERIES = [
  'disk',
  'db-3',
  'db 3',
  'cafe',
  'zurich',
  'zur',
  'ZÜRICH',
  'menu serv',
  'near disk',
  '"quoted"',
  'базы',
  'баз',
  'naive',
  'roll',
  'rollback ',
  'on db',
  '14:05',
  'pool exh',
];

describe('holdsTerm, against SQLite FTS5 with the same tokenizer', () => {
  it.each(TEXTS)('agrees with FTS5 on every term of every query over %j', (text) => {
    for (const query of QUERIES) {
      for (const term of ftsTerms(query) ?? []) {
        expect(holdsTerm(text, term), `${JSON.stringify(query)} → ${term}`).toBe(fts5Holds(text, term));
      }
    }
  });
});
