import { factorNameKey, type ArchivedTag } from '../domain/factors.ts';

/**
 * The contributing factors a report lists for a review (issue 16): those on the review itself first, then those only
 * on its whys or notes, each once ignoring case, as first written.
 */
export function contributingFactorNames(tags: readonly ArchivedTag[]): string[] {
  const ordered = [...tags.filter((tag) => tag.itemKind === 'meeting'), ...tags.filter((tag) => tag.itemKind !== 'meeting')];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const { factor } of ordered) {
    const key = factorNameKey(factor);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(factor);
  }
  return names;
}
