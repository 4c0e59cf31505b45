import { useMemo, useState, type FormEvent } from 'react';
import { CAUSE_KINDS, WHY_KIND_LABELS, type CauseKind, type WhyKind } from '../../../shared/domain/whys.ts';
import { isBlankText } from '../../../shared/text/blank-text.ts';
import { useWhys, whysStore } from '../../app/services.ts';
import { BlameHint } from '../common/BlameHint.tsx';
import { FormMessage } from '../common/FormMessage.tsx';

const causeKindOf = (value: string): CauseKind => CAUSE_KINDS.find((kind) => kind === value) ?? 'unclassified';

/**
 * The root causes and contributing factors of the 5 Whys, written in place. A new one goes under the tree's problem
 * statement (started from the meeting's title when there is none yet); the whys editor places it deeper if needed.
 */
export function CauseList({ idPrefix, kinds, problem }: { idPrefix: string; kinds: readonly CauseKind[]; problem: string }) {
  const whys = useWhys((state) => state.items);
  const refusal = useWhys((state) => state.whyRefusal);
  const causes = useMemo(() => whys.filter((why) => (kinds as readonly WhyKind[]).includes(why.kind)), [whys, kinds]);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<CauseKind>(kinds[0] ?? 'root');
  const store = whysStore.getState;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isBlankText(text)) return;
    const top = store().items.find((why) => why.parentId === null);
    const parentId = top?.id ?? store().add(null, undefined, problem || 'What happened');
    if (!parentId) return;
    const id = store().add(parentId, undefined, text);
    if (!id) return;
    void store().update(id, { kind });
    setText('');
  };

  return (
    <div className="cause-list">
      {causes.length > 0 ? (
        <ul className="cause-list__items" aria-label={kinds.map((one) => WHY_KIND_LABELS[one]).join(' and ')}>
          {causes.map((why) => (
            <li key={why.id} className="cause-list__item" data-why-id={why.id}>
              <input
                type="text"
                dir="auto"
                aria-label={`${WHY_KIND_LABELS[why.kind]}: text`}
                value={why.text}
                onChange={(event) => void store().update(why.id, { text: event.target.value })}
              />
              <select
                aria-label={`Kind of “${why.text}”`}
                value={why.kind}
                onChange={(event) => void store().update(why.id, { kind: causeKindOf(event.target.value) })}
              >
                {CAUSE_KINDS.map((choice) => (
                  <option key={choice} value={choice}>
                    {WHY_KIND_LABELS[choice]}
                  </option>
                ))}
              </select>
              <BlameHint fieldId={`${idPrefix}-why-${why.id}`} text={why.text} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None yet. Ask why until you reach a condition you can change.</p>
      )}
      <form className="cause-list__add" onSubmit={submit} aria-label={`Add a ${WHY_KIND_LABELS[kinds[0] ?? 'root'].toLowerCase()}`} noValidate>
        <div className="field">
          <label htmlFor={`${idPrefix}-cause-text`}>New cause</label>
          <input
            id={`${idPrefix}-cause-text`}
            type="text"
            dir="auto"
            autoComplete="off"
            value={text}
            placeholder="e.g. Config changes skipped the checks a deploy gets"
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-cause-kind`}>Kind</label>
          <select id={`${idPrefix}-cause-kind`} value={kind} onChange={(event) => setKind(causeKindOf(event.target.value))}>
            {kinds.map((choice) => (
              <option key={choice} value={choice}>
                {WHY_KIND_LABELS[choice]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Add cause
        </button>
        <BlameHint fieldId={`${idPrefix}-cause-text`} text={text} />
        <FormMessage message={refusal} />
      </form>
    </div>
  );
}
