import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch.ts';
import { migrate, schemaVersion } from '../../src/main/db/migrate.ts';
import { MIGRATIONS } from '../../src/main/db/migrations/index.ts';
import { checkNoteTakerCall } from '../../src/main/joining/note-taker-access.ts';
import type { ChangeEvent } from '../../src/shared/api/events.ts';
import type { RedactionTerm } from '../../src/shared/domain/redaction.ts';
import { databaseSnapshot, failure, ok, useMigrationTest, useServiceOnTempFile } from '../harness/index.ts';

describe('the list of names to redact, on a real SQLite file', () => {
  const fixture = useServiceOnTempFile();
  const call = (method: string, input: unknown) => dispatch(fixture.service, method, input);
  const terms = () => ok<RedactionTerm[]>(call('redaction.listTerms', {})).map((term) => term.term);

  it('adds, lists as a reader sorts, and removes terms, announcing each change outside any meeting', () => {
    const events: ChangeEvent[] = [];
    fixture.service.onChange((event) => events.push(event));
    const bank = ok<RedactionTerm>(call('redaction.addTerm', { term: '  Acme   Bank ' }));
    expect(bank).toMatchObject({ term: 'Acme Bank' });
    ok(call('redaction.addTerm', { term: 'Émile Zola' }));
    ok(call('redaction.addTerm', { term: 'ana lima' }));
    expect(terms()).toEqual(['Acme Bank', 'ana lima', 'Émile Zola']);

    expect(ok(call('redaction.removeTerm', { id: bank.id }))).toEqual({ id: bank.id });
    expect(failure(call('redaction.removeTerm', { id: bank.id })).code).toBe('not_found');
    expect(terms()).toEqual(['ana lima', 'Émile Zola']);
    expect(events.map(({ meetingId, entity, op }) => [meetingId, entity, op])).toEqual([
      ['', 'redaction_term', 'created'],
      ['', 'redaction_term', 'created'],
      ['', 'redaction_term', 'created'],
      ['', 'redaction_term', 'deleted'],
    ]);
  });

  it('keeps terms unique ignoring case in any script, and changes nothing when it refuses', () => {
    ok(call('redaction.addTerm', { term: 'Élodie Durand' }));
    const before = databaseSnapshot(fixture.db, ['redaction_terms']);
    for (const term of ['ÉLODIE DURAND', 'élodie  durand']) {
      expect(failure(call('redaction.addTerm', { term }))).toMatchObject({
        code: 'conflict',
        field: 'term',
        message: expect.stringContaining('already in the list'),
      });
    }
    for (const term of ['', '   ', 'x'.repeat(201)])
      expect(failure(call('redaction.addTerm', { term }))).toMatchObject({ code: 'invalid_input', field: 'term' });
    expect(databaseSnapshot(fixture.db, ['redaction_terms'])).toBe(before);
  });

  it('answers a re-sent add with the same id with the stored term', () => {
    const id = '0b5e6a52-8c47-4f4e-9a51-0d6a7c1f2e3d';
    const first = ok<RedactionTerm>(call('redaction.addTerm', { id, term: 'Globex' }));
    expect(ok<RedactionTerm>(call('redaction.addTerm', { id, term: 'Globex' }))).toEqual(first);
    expect(terms()).toEqual(['Globex']);
  });

  it('is refused to a note-taker, whatever the method', () => {
    const meetingId = ok<{ id: string }>(call('meetings.create', { title: 'Outage', incidentId: 'INC-1' })).id;
    const session = { role: 'note_taker', sessionId: 's-1', meetingId, name: 'Priya' } as const;
    for (const [method, input] of [
      ['redaction.listTerms', {}],
      ['redaction.addTerm', { term: 'Acme' }],
      ['redaction.removeTerm', { id: '0b5e6a52-8c47-4f4e-9a51-0d6a7c1f2e3d' }],
    ] as const) {
      expect(checkNoteTakerCall(fixture.db, session, method, input)).toMatchObject({ ok: false, status: 403, error: { code: 'forbidden' } });
    }
  });
});

describe('migration 019: redaction terms', () => {
  const { databaseAt } = useMigrationTest();
  const before = Math.max(...MIGRATIONS.filter((migration) => migration.version < 19).map((migration) => migration.version));

  it('adds an empty STRICT table whose terms are unique ignoring case', () => {
    const db = databaseAt(before);
    expect(migrate(db, 19)).toBe(19);
    expect(schemaVersion(db)).toBe(19);
    expect(db.prepare('SELECT count(*) AS n FROM redaction_terms').get()).toEqual({ n: 0 });
    const add = db.prepare('INSERT INTO redaction_terms (id, term, created_at) VALUES (?, ?, 1)');
    add.run('t1', 'Acme Bank');
    expect(() => add.run('t2', 'ACME BANK')).toThrow(/UNIQUE constraint failed/);
    expect(() => add.run('t3', '')).toThrow(/CHECK constraint failed/);
  });
});
