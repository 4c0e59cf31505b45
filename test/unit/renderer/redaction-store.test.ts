import { beforeEach, describe, expect, it } from 'vitest';
import { createRedactionStore } from '../../../src/renderer/stores/redaction/redaction-store.ts';
import { createUndoStack } from '../../../src/renderer/stores/undo-stack.ts';
import { clientsOver, settle, useServiceOnTempFile } from '../../harness/index.ts';

function windowOver(api: ReturnType<typeof clientsOver>) {
  const [, undo] = createUndoStack();
  const [, store] = createRedactionStore(api.newClient(), undo);
  const terms = () => store.getState().terms.map((term) => term.term);
  return { store, undo, terms };
}

describe('the names-to-redact store over the real service', () => {
  const fixture = useServiceOnTempFile();
  let api: ReturnType<typeof clientsOver>;
  beforeEach(() => {
    api = clientsOver(fixture.service);
  });

  it('adds names, refuses a blank or repeated one naming the field, and another window hears the change', async () => {
    const one = windowOver(api);
    const two = windowOver(api);
    await one.store.getState().load();
    await two.store.getState().load();
    expect(one.store.getState().loadState).toBe('ready');
    expect((await one.store.getState().add('Acme Bank')).ok).toBe(true);
    expect((await one.store.getState().add('Ana Lima')).ok).toBe(true);
    expect(one.terms()).toEqual(['Acme Bank', 'Ana Lima']);
    await settle();
    expect(two.terms()).toEqual(['Acme Bank', 'Ana Lima']);

    expect(await one.store.getState().add('   ')).toEqual({ ok: false, error: { field: 'term', message: 'must not be empty' } });
    expect(await one.store.getState().add('ACME BANK')).toEqual({ ok: false, error: { field: 'term', message: '"Acme Bank" is already in the list' } });
  });

  it('removes onto the one undo stack; undo brings the same name back', async () => {
    const window = windowOver(api);
    await window.store.getState().load();
    await window.store.getState().add('Globex');
    const [globex] = window.store.getState().terms;
    expect((await window.store.getState().remove(globex?.id ?? '')).ok).toBe(true);
    expect(window.terms()).toEqual([]);
    expect(window.undo.getState().deletions.map((deletion) => deletion.text)).toEqual(['Globex']);
    window.undo.getState().undoLast();
    await settle();
    expect(window.store.getState().terms.map(({ id, term }) => ({ id, term }))).toEqual([{ id: globex?.id, term: 'Globex' }]);
  });
});
