import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Factor } from '../../../shared/domain/factors.ts';
import { tagsStore, useTags } from '../../app/services.ts';
import { FormMessage } from '../common/FormMessage.tsx';
import { TextField } from '../common/TextField.tsx';

/** Adds a factor, or renames one; a refused name is said next to the field. */
function FactorForm({ factor, onDone, onCancel }: { factor?: Factor; onDone(message: string): void; onCancel?(): void }) {
  const [name, setName] = useState(factor?.name ?? '');
  const [error, setError] = useState<{ field: 'name' | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const idPrefix = factor ? `factor-edit-${factor.id}` : 'factor-add';

  useEffect(() => {
    if (factor) input.current?.focus();
  }, [factor]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = factor ? await tagsStore.getState().updateFactor(factor.id, { name }) : await tagsStore.getState().addFactor(name);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      input.current?.focus();
      return;
    }
    setError(null);
    if (factor) onDone(`Renamed ${factor.name} to ${result.value.name}.`);
    else {
      setName('');
      input.current?.focus();
      onDone(`Added ${result.value.name}.`);
    }
  };

  return (
    <form className="factor-form" onSubmit={(event) => void submit(event)} noValidate aria-label={factor ? `Rename ${factor.name}` : 'Add a factor'}>
      <TextField
        id={`${idPrefix}-name`}
        label={factor ? 'New name' : 'Name'}
        ref={input}
        value={name}
        onValueChange={(value) => {
          setName(value);
          if (error?.field === 'name') setError(null);
        }}
        hint={factor ? 'Every review using this factor shows the new name.' : undefined}
        error={error?.field === 'name' ? `Name ${error.message}.` : null}
      />
      <FormMessage message={error && error.field === null ? error.message : null} />
      <div className="factor-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {factor ? 'Save' : 'Add factor'}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/**
 * The team's list of contributing factors (issue 16): add, rename, reorder, retire or offer again, and delete one no
 * review uses. A factor in use is not deleted: the refusal names the reviews, and retiring keeps it on them.
 */
export function FactorsView() {
  const factors = useTags((state) => state.factors);
  const loadState = useTags((state) => state.loadState);
  const loadError = useTags((state) => state.loadError);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Contributing factors · Debrief';
    void tagsStore.getState().load();
  }, []);

  const say = (text: string) => {
    setProblem(null);
    setMessage(text);
  };
  const act = async (run: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>, done: string) => {
    const result = await run();
    if (result.ok) say(done);
    else {
      setMessage(null);
      setProblem(result.error.message);
    }
  };

  return (
    <div className="factors page">
      <div className="page__heading">
        <h1>Contributing factors</h1>
        <p className="page__lede">
          The team’s list of what makes incidents possible or worse. Reviews, their whys and their findings are tagged from it, so later reviews find earlier
          ones alike and trends show what keeps coming back.
        </p>
      </div>
      <section className="panel" aria-labelledby="factors-add-heading">
        <h2 id="factors-add-heading">Add a factor</h2>
        <FactorForm onDone={say} />
      </section>
      <p className="field__hint" role="status" data-testid="factors-message">
        {message}
      </p>
      {problem ? (
        <p className="form-message" role="alert" data-testid="factors-problem">
          {problem}
        </p>
      ) : null}
      <section className="panel" aria-labelledby="factors-list-heading">
        <h2 id="factors-list-heading">The list</h2>
        {loadState === 'error' ? (
          <p className="form-message" role="alert">
            The contributing factors could not be loaded: {loadError}
          </p>
        ) : null}
        {loadState === 'loading' || loadState === 'idle' ? <p className="muted">Loading the contributing factors…</p> : null}
        {loadState === 'ready' && factors.length === 0 ? <p className="muted">The list is empty. Add the factors your team sees in incidents.</p> : null}
        {factors.length > 0 ? (
          <table className="meeting-table factors-table">
            <thead>
              <tr>
                <th scope="col">Factor</th>
                <th scope="col">Reviews</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {factors.map((factor, index) =>
                editing === factor.id ? (
                  <tr key={factor.id}>
                    <td colSpan={4}>
                      <FactorForm
                        factor={factor}
                        onDone={(text) => {
                          setEditing(null);
                          say(text);
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={factor.id} data-testid="factor-row">
                    <th scope="row" className="meeting-table__title">
                      <bdi>{factor.name}</bdi>
                    </th>
                    <td>{factor.reviewCount}</td>
                    <td>{factor.retiredAt === null ? 'Offered' : 'Retired'}</td>
                    <td className="factors-table__actions">
                      <button
                        type="button"
                        className="button button--small button--quiet"
                        disabled={index === 0}
                        onClick={() => void act(() => tagsStore.getState().updateFactor(factor.id, { position: index - 1 }), `Moved ${factor.name} up.`)}
                        aria-label={`Move ${factor.name} up`}
                      >
                        Up
                      </button>{' '}
                      <button
                        type="button"
                        className="button button--small button--quiet"
                        disabled={index === factors.length - 1}
                        onClick={() => void act(() => tagsStore.getState().updateFactor(factor.id, { position: index + 1 }), `Moved ${factor.name} down.`)}
                        aria-label={`Move ${factor.name} down`}
                      >
                        Down
                      </button>{' '}
                      <button type="button" className="button button--small" onClick={() => setEditing(factor.id)} aria-label={`Rename ${factor.name}`}>
                        Rename
                      </button>{' '}
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() =>
                          void act(
                            () => tagsStore.getState().updateFactor(factor.id, { retired: factor.retiredAt === null }),
                            factor.retiredAt === null
                              ? `Retired ${factor.name}: reviews keep it, and it is no longer offered.`
                              : `${factor.name} is offered again.`,
                          )
                        }
                        aria-label={factor.retiredAt === null ? `Retire ${factor.name}` : `Offer again: ${factor.name}`}
                      >
                        {factor.retiredAt === null ? 'Retire' : 'Offer again'}
                      </button>{' '}
                      <button
                        type="button"
                        className="button button--small button--quiet"
                        onClick={() => void act(() => tagsStore.getState().removeFactor(factor.id), `Deleted ${factor.name}.`)}
                        aria-label={`Delete ${factor.name}`}
                      >
                        Delete
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  );
}
