import type { KeyboardEvent } from 'react';
import { CAUSE_KINDS, WHY_KIND_LABELS, type CauseKind } from '../../../shared/domain/whys.ts';
import { WHY_DEPTH_MAX } from '../../../shared/whys/limits.ts';
import type { WhyTreeNode } from '../../../shared/whys/tree.ts';
import { rootCauseWrites, whysStore } from '../../app/services.ts';
import { BlameHint } from '../common/BlameHint.tsx';
import { ChangedElsewhereMark } from '../common/ChangedElsewhere.tsx';
import { useChangedElsewhere } from '../common/use-changed-elsewhere.ts';
import { EvidenceAttachments, useHasEvidence } from '../evidence/EvidenceAttachments.tsx';
import { ShowOnScreenButton } from '../audience/ShowOnScreenButton.tsx';
import { ItemFactors } from '../tags/ItemFactors.tsx';

/** One node of the whys tree: its kind, its words, and a delete that can be undone. */
export function WhyRow({
  node,
  active,
  register,
  onFocus,
  onKeyDown,
}: {
  node: WhyTreeNode;
  active: boolean;
  register: (input: HTMLInputElement | null) => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  const { why, depth } = node;
  const store = whysStore.getState;
  const isProblem = why.kind === 'problem';
  const label = isProblem ? 'Problem statement' : `Why, level ${depth}`;
  const elsewhere = useChangedElsewhere(why.text, why.id);
  // A tree can hold thousands of whys: the evidence controls show on the active one, and on those that have evidence.
  const hasEvidence = useHasEvidence(why.meetingId, why.id);
  return (
    <li
      className={`why why--${why.kind}${active ? ' why--active' : ''}`}
      role="treeitem"
      aria-level={depth + 1}
      aria-selected={active}
      data-testid="why-node"
      data-kind={why.kind}
      data-depth={depth}
      // A tree written before the depth limit may go thousands of levels down; its indent stops at the limit.
      style={{ paddingInlineStart: `${Math.min(depth, WHY_DEPTH_MAX) * 1.75}rem` }}
    >
      <div className="why__line">
        {isProblem ? (
          <span className="why__badge why__badge--problem">Problem</span>
        ) : (
          <select
            className="why__kind"
            aria-label={`Kind of "${why.text || 'this answer'}"`}
            value={why.kind}
            tabIndex={-1}
            onChange={(event) => void store().update(why.id, { kind: event.target.value as CauseKind })}
          >
            {CAUSE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {WHY_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
        <input
          ref={register}
          className="text-input why__text"
          aria-label={label}
          value={why.text}
          placeholder={isProblem ? 'The problem people saw' : 'Why did that happen?'}
          onFocus={onFocus}
          onBlur={() => rootCauseWrites.getState().flushEdits()}
          onChange={(event) => {
            elsewhere.own(event.target.value);
            void store().update(why.id, { text: event.target.value });
          }}
          onKeyDown={onKeyDown}
        />
        <ShowOnScreenButton focus={{ kind: 'why', id: why.id }} label={why.text || label} tabIndex={-1} />
        <button
          type="button"
          className="button button--small button--quiet why__delete"
          tabIndex={-1}
          aria-label={`Delete "${why.text || 'empty answer'}"${node.children.length > 0 ? ' and the answers below it' : ''}`}
          onClick={() => void store().remove(why.id)}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <ChangedElsewhereMark show={elsewhere.changed} by={elsewhere.by} />
      {active || hasEvidence ? <EvidenceAttachments meetingId={why.meetingId} target="why" targetId={why.id} itemLabel={why.text || label} /> : null}
      <ItemFactors meetingId={why.meetingId} itemKind="why" itemId={why.id} itemLabel={why.text || label} show={active} />
      {active ? <BlameHint fieldId={`whys-node-${why.id}`} text={why.text} /> : null}
    </li>
  );
}
