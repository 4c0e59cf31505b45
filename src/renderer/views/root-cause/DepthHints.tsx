import { useMemo } from 'react';
import type { Why } from '../../../shared/domain/whys.ts';
import { RECOMMENDED_WHY_DEPTH, shallowBranches } from '../../../shared/whys/depth.ts';
import { buildWhyTree } from '../../../shared/whys/tree.ts';

const SHOWN = 3;

/** A quiet nudge when a branch stops before a root cause: most systemic causes sit a few whys deeper. */
export function DepthHints({ whys }: { whys: readonly Why[] }) {
  const shallow = useMemo(() => shallowBranches(buildWhyTree(whys)).filter((branch) => branch.leaf.text.trim() !== ''), [whys]);
  if (shallow.length === 0) return null;
  return (
    <ul className="whys__hints" aria-label="Branches to dig into">
      {shallow.slice(0, SHOWN).map(({ leaf, depth }) => (
        <li key={leaf.id} className="whys__hint">
          <q>{leaf.text}</q> stops after {depth === 1 ? 'one why' : `${depth} whys`} without a root cause. Ask why again (up to {RECOMMENDED_WHY_DEPTH})?
        </li>
      ))}
    </ul>
  );
}
