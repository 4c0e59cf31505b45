import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Why } from '../../../shared/domain/whys.ts';
import { buildWhyTree, flattenWhyTree } from '../../../shared/whys/tree.ts';
import { isBlankText } from '../../../shared/text/blank-text.ts';
import { useWhys, whysStore } from '../../app/services.ts';
import { BlameHint } from '../common/BlameHint.tsx';
import { CausalChain } from './CausalChain.tsx';
import { DepthHints } from './DepthHints.tsx';
import { WhyRow } from './WhyRow.tsx';
import { whyKeyAction } from './why-keys.ts';

/**
 * The 5 Whys as a tree, typed from the keyboard: a problem statement, "why?" answers below it, several branches
 * where several factors contributed. Every change shows at once and is saved in the background.
 */
export function WhysTreeEditor() {
  const whys = useWhys((state) => state.items);
  const loadState = useWhys((state) => state.loadState);
  const whyRefusal = useWhys((state) => state.whyRefusal);
  const rows = useMemo(() => flattenWhyTree(buildWhyTree(whys)), [whys]);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);

  useEffect(() => {
    if (!focusRequest) return;
    const input = inputs.current.get(focusRequest);
    if (!input) return;
    input.focus();
    setFocusRequest(null);
  }, [focusRequest, rows]);

  const store = whysStore.getState;
  const byId = useMemo(() => new Map(whys.map((why) => [why.id, why])), [whys]);

  const onKeyDown = (why: Why, index: number, event: KeyboardEvent<HTMLInputElement>) => {
    const hasChildren = whys.some((other) => other.parentId === why.id);
    const action = whyKeyAction(event, { empty: event.currentTarget.value === '', hasChildren });
    if (!action) return;
    event.preventDefault();
    switch (action.type) {
      case 'add-sibling': {
        // The problem statement has no siblings: Enter there asks the first or next "why?".
        const id = why.parentId === null ? store().add(why.id) : store().add(why.parentId, why.position + 1);
        if (id) setFocusRequest(id);
        return;
      }
      case 'add-child': {
        const id = store().add(why.id);
        if (id) setFocusRequest(id);
        return;
      }
      case 'outdent': {
        const parent = why.parentId === null ? undefined : byId.get(why.parentId);
        // A direct answer to the problem stays under it; only deeper answers move out.
        if (!parent || parent.parentId === null) return;
        store().move(why.id, parent.parentId, parent.position + 1);
        setFocusRequest(why.id);
        return;
      }
      case 'focus': {
        const target = rows[index + action.direction];
        if (target) setFocusRequest(target.why.id);
        return;
      }
      case 'move': {
        const siblingCount = whys.filter((other) => other.parentId === why.parentId).length;
        const position = why.position + action.direction;
        if (position < 0 || position >= siblingCount) return;
        store().move(why.id, why.parentId, position);
        setFocusRequest(why.id);
        return;
      }
      case 'delete-empty': {
        const previous = rows[index - 1];
        void store().remove(why.id);
        if (previous) setFocusRequest(previous.why.id);
        return;
      }
      case 'kind':
        if (why.kind !== 'problem') void store().update(why.id, { kind: action.kind });
        return;
    }
  };

  const problemCount = rows.filter((row) => row.depth === 0).length;

  return (
    <div className="whys" data-testid="whys-editor">
      {rows.length === 0 ? (
        loadState === 'loading' ? (
          <p className="muted">Loading the 5 Whys…</p>
        ) : (
          <ProblemStatementInput onCreated={setFocusRequest} />
        )
      ) : (
        <ul className="whys__tree" role="tree" aria-label="5 Whys">
          {rows.map((row, index) => (
            <WhyRow
              key={row.why.id}
              node={row}
              active={activeId === row.why.id}
              register={(input) => {
                if (input) inputs.current.set(row.why.id, input);
                else inputs.current.delete(row.why.id);
              }}
              onFocus={() => setActiveId(row.why.id)}
              onKeyDown={(event) => onKeyDown(row.why, index, event)}
            />
          ))}
        </ul>
      )}
      {whyRefusal ? (
        <p className="field-error" role="alert" data-testid="whys-refusal">
          {capitalized(whyRefusal)}.
        </p>
      ) : null}
      <p className="whys__keys muted">
        Enter: next why at this level · Tab: ask why of this answer · Shift+Tab: move out a level · ↑↓ move · Alt+↑↓ reorder · Alt+R root cause, Alt+C
        contributing factor, Alt+S symptom
        {problemCount > 1 ? ' · this review has more than one problem statement' : ''}
      </p>
      <DepthHints whys={whys} />
      <CausalChain whys={whys} activeId={activeId} />
    </div>
  );
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function ProblemStatementInput({ onCreated }: { onCreated: (id: string) => void }) {
  const [text, setText] = useState('');
  return (
    <div className="whys__start">
      <label className="field-label" htmlFor="whys-problem">
        Problem statement: what did users or the business experience?
      </label>
      <input
        id="whys-problem"
        className="text-input whys__problem-input"
        value={text}
        placeholder="e.g. Checkout requests failed for 40 minutes"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || isBlankText(text)) return;
          event.preventDefault();
          const store = whysStore.getState();
          const problemId = store.add(null, undefined, text.trim());
          if (!problemId) return;
          // Straight on to the first "why?", so the room's answer can be typed at once.
          const firstWhy = store.add(problemId);
          setText('');
          if (firstWhy) onCreated(firstWhy);
        }}
      />
      <BlameHint fieldId="whys-problem" text={text} />
    </div>
  );
}
