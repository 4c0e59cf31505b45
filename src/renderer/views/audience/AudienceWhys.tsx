import { useMemo, useRef } from 'react';
import { WHY_KIND_LABELS } from '../../../shared/domain/whys.ts';
import { branchAnchor, pathTo, whyBranch } from '../../../shared/whys/branch.ts';
import { causalChain } from '../../../shared/whys/causal-chain.ts';
import { buildWhyTree, flattenWhyTree, type WhyTreeNode } from '../../../shared/whys/tree.ts';
import { useWhys } from '../../app/services.ts';
import { useRootCauseLoaded } from '../root-cause/use-root-cause.ts';
import { AudienceEvidence, useEvidenceKey } from './AudienceEvidence.tsx';
import { useFit } from './use-fit.ts';

/**
 * What the screen shows of the tree, fullest first, until one fits: all of it with the causal chain read from trigger
 * to impact, all of it, one branch, the path to one node.
 */
const VIEWS = ['tree-and-chain', 'tree', 'branch', 'path', 'short-path'] as const;

interface Gap {
  gap: number;
}

/** The path with its middle left out: the problem statement and the last two answers down to the node. */
function shortPath(path: WhyTreeNode[]): (WhyTreeNode | Gap)[] {
  const [problem] = path;
  return path.length <= 4 || !problem ? path : [problem, { gap: path.length - 3 }, ...path.slice(-2)];
}

/** How far a row is indented: by depth in the whole tree; a branch or path indents less, as it has one line of descent. */
function indentEm(depth: number, whole: boolean): number {
  return whole ? Math.min(depth, 6) * 1.6 : Math.min(depth, 3) * 0.8;
}

/**
 * The whys tree on the shared screen, live as the note-taker types. The whole tree when it fits; otherwise the branch
 * of the focused node (or, with none, of the root cause, else of the answer edited last) with its path up to the
 * problem statement. Nothing is cut: the view narrows and type steps down instead.
 */
export function AudienceWhys({ meetingId, focusId }: { meetingId: string; focusId: string | null }) {
  useRootCauseLoaded(meetingId);
  const whys = useWhys((state) => state.items);
  const tree = useMemo(() => flattenWhyTree(buildWhyTree(whys)), [whys]);
  const focused = focusId !== null && whys.some((why) => why.id === focusId) ? focusId : null;
  const anchor = useMemo(() => branchAnchor(whys, focused), [whys, focused]);
  const root = tree.find((row) => row.why.kind === 'root')?.why;
  const chain = useMemo(() => (root ? causalChain(whys, root.id) : []), [whys, root]);
  const box = useRef<HTMLDivElement>(null);
  const evidenceKey = useEvidenceKey(focused);
  const contentKey = `${focused ?? ''}|${evidenceKey}|${whys.map((why) => `${why.id}:${why.updatedAt}`).join(',')}`;
  const { variant } = useFit(box, anchor ? VIEWS.length : 2, contentKey);
  const view = VIEWS[variant] ?? 'tree';
  const whole = view === 'tree-and-chain' || view === 'tree';

  const rows: (WhyTreeNode | Gap)[] = useMemo(() => {
    if (whole || !anchor) return tree;
    if (view === 'branch') return whyBranch(whys, anchor);
    const path = pathTo(whys, anchor);
    return view === 'path' ? path : shortPath(path);
  }, [view, whole, anchor, tree, whys]);
  const position = focused ? tree.findIndex((row) => row.why.id === focused) : -1;

  return (
    <div className="audience-panel" data-testid="audience-whys" data-view={view}>
      <p className="audience__label">
        5 Whys <span className="audience__count">{whole ? (position >= 0 ? `answer ${position} of ${tree.length - 1}` : null) : 'one branch of the tree'}</span>
      </p>
      <div ref={box} className="audience-fit">
        {tree.length === 0 ? (
          <p className="audience-panel__empty">What did users experience? Start from the impact and ask why.</p>
        ) : (
          <ul className="audience-list">
            {rows.map((row) =>
              'gap' in row ? (
                <li key="gap" className="audience-why audience-why--gap">
                  ⋮ {row.gap === 1 ? '1 answer' : `${row.gap} answers`} between
                </li>
              ) : (
                <li
                  key={row.why.id}
                  className={`audience-why audience-why--${row.why.kind}${row.why.id === focused ? ' audience-why--focused' : ''}`}
                  style={{ paddingInlineStart: `${indentEm(row.depth, whole)}em` }}
                  data-testid={row.why.id === focused ? 'audience-focused' : undefined}
                >
                  {row.why.kind === 'unclassified' ? null : <span className="audience-why__kind">{WHY_KIND_LABELS[row.why.kind]}</span>}
                  <span className="audience-why__text">
                    <bdi>{row.why.text || '…'}</bdi>
                  </span>
                  {row.why.id === focused ? <AudienceEvidence meetingId={meetingId} targetId={row.why.id} /> : null}
                </li>
              ),
            )}
          </ul>
        )}
        {view === 'tree-and-chain' && chain.length > 1 ? (
          <p className="audience-whys__chain" data-testid="audience-causal-chain">
            {chain.map((why) => why.text || '…').join('  →  ')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
