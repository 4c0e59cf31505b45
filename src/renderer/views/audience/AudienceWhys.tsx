import { useMemo } from 'react';
import { WHY_KIND_LABELS } from '../../../shared/domain/whys.ts';
import { causalChain } from '../../../shared/whys/causal-chain.ts';
import { buildWhyTree, flattenWhyTree } from '../../../shared/whys/tree.ts';
import { useWhys } from '../../app/services.ts';
import { useRootCauseLoaded } from '../root-cause/use-root-cause.ts';

/** Rows the shared screen has room for in large type; the newest answers are the ones the room is talking about. */
const ROWS_SHOWN = 9;

/** The whys tree on the shared screen, live as the note-taker types, with each node's kind and the causal chain. */
export function AudienceWhys({ meetingId }: { meetingId: string }) {
  useRootCauseLoaded(meetingId);
  const whys = useWhys((state) => state.items);
  const rows = useMemo(() => flattenWhyTree(buildWhyTree(whys)), [whys]);
  const root = rows.find((row) => row.why.kind === 'root')?.why;
  const chain = useMemo(() => (root ? causalChain(whys, root.id) : []), [whys, root]);
  const shown = rows.length > ROWS_SHOWN ? [rows[0], ...rows.slice(-(ROWS_SHOWN - 1))].filter((row) => row !== undefined) : rows;

  return (
    <div className="audience-whys" data-testid="audience-whys">
      <p className="audience__label">5 Whys</p>
      {rows.length === 0 ? (
        <p className="audience-whys__empty">What did users experience? Start from the impact and ask why.</p>
      ) : (
        <ul className="audience-whys__tree">
          {shown.map(({ why, depth }) => (
            <li key={why.id} className={`audience-why audience-why--${why.kind}`} style={{ paddingInlineStart: `${Math.min(depth, 6) * 2.2}em` }}>
              {why.kind === 'unclassified' ? null : <span className="audience-why__kind">{WHY_KIND_LABELS[why.kind]}</span>}
              <span className="audience-why__text">{why.text || '…'}</span>
            </li>
          ))}
        </ul>
      )}
      {chain.length > 1 ? (
        <p className="audience-whys__chain" data-testid="audience-causal-chain">
          {chain.map((why) => why.text || '…').join('  →  ')}
        </p>
      ) : null}
    </div>
  );
}
