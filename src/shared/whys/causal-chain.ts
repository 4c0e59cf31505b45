import type { Why } from '../domain/whys.ts';

/**
 * The path from a root cause up to the problem statement, read from trigger to impact: the root cause first, each
 * consequence after it, the problem (the impact people saw) last. Empty when the id is unknown; a cycle in stale
 * data stops the walk instead of looping.
 */
export function causalChain(whys: readonly Why[], rootCauseId: string): Why[] {
  const byId = new Map(whys.map((why) => [why.id, why]));
  const chain: Why[] = [];
  const seen = new Set<string>();
  let current = byId.get(rootCauseId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.push(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return chain;
}
