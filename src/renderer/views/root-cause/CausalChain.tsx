import { useMemo, useState } from 'react';
import { WHY_KIND_LABELS, type Why } from '../../../shared/domain/whys.ts';
import { causalChain } from '../../../shared/whys/causal-chain.ts';
import { buildWhyTree, flattenWhyTree } from '../../../shared/whys/tree.ts';

/**
 * The chain from a root cause to the impact, read in the order things happened: the root cause first, each
 * consequence after it, the problem people saw last. With several root causes, one is picked to show.
 */
export function CausalChain({ whys, activeId }: { whys: readonly Why[]; activeId: string | null }) {
  const roots = useMemo(
    () =>
      flattenWhyTree(buildWhyTree(whys))
        .map((row) => row.why)
        .filter((why) => why.kind === 'root'),
    [whys],
  );
  const [picked, setPicked] = useState<string | null>(null);
  const selected = roots.find((why) => why.id === activeId) ?? roots.find((why) => why.id === picked) ?? roots[0];
  const chain = useMemo(() => (selected ? causalChain(whys, selected.id) : []), [whys, selected]);

  return (
    <section className="causal-chain" aria-labelledby="causal-chain-heading" data-testid="causal-chain">
      <h3 id="causal-chain-heading" className="causal-chain__heading">
        Causal chain, from trigger to impact
      </h3>
      {roots.length === 0 ? (
        <p className="muted">Mark an answer as the root cause (Alt+R) to see how it led to the problem.</p>
      ) : (
        <>
          {roots.length > 1 ? (
            <div className="causal-chain__roots" role="group" aria-label="Root causes">
              {roots.map((root) => (
                <button
                  key={root.id}
                  type="button"
                  className={`button button--small${root.id === selected?.id ? '' : ' button--quiet'}`}
                  aria-pressed={root.id === selected?.id}
                  onClick={() => setPicked(root.id)}
                >
                  {root.text || 'Untitled root cause'}
                </button>
              ))}
            </div>
          ) : null}
          <ol className="causal-chain__steps">
            {chain.map((why, index) => (
              <li key={why.id} className={`causal-chain__step causal-chain__step--${why.kind}`} data-testid="causal-step">
                <span className="causal-chain__kind">{index === chain.length - 1 && why.kind === 'problem' ? 'Impact' : WHY_KIND_LABELS[why.kind]}</span>
                <span className="causal-chain__text">{why.text || '…'}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
