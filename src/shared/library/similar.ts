/**
 * "Similar incidents" (issue 16): other reviews that share services, contributing factors or words with the one being
 * prepared, ranked, each with its reasons. Pure, so the ranking is tested without a database.
 */

/** What the ranking reads of a review. */
export interface SimilarityProfile {
  meetingId: string;
  title: string;
  summary: string;
  services: readonly string[];
  factors: readonly string[];
}

export type SimilarityReason = { kind: 'service' | 'factor' | 'term'; name: string };

export interface SimilarMatch {
  meetingId: string;
  score: number;
  /** Services first, then factors, then words, each in the order of the review being prepared. */
  reasons: SimilarityReason[];
}

/** A shared service says most about a recurring incident, a shared factor next, a shared word least. */
export const SIMILARITY_WEIGHTS: Readonly<Record<SimilarityReason['kind'], number>> = { service: 3, factor: 2, term: 1 };

/** Words too common in incident write-ups to say two incidents are alike. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have in into is it its of on or that the their then there these they this to ' +
    'was were which while with after before during over under out up down not no all any some our we us you your incident outage ' +
    'issue problem review post mortem postmortem error errors failed failure when what who why how'
  ).split(' '),
);

/** The distinct words of a text worth comparing: letters or digits of any script, three or more, not a stop word. */
export function significantTerms(text: string): string[] {
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const seen = new Set<string>();
  for (const word of words) if ([...word].length >= 3 && !STOP_WORDS.has(word)) seen.add(word);
  return [...seen];
}

const key = (name: string): string => name.trim().normalize('NFC').toLowerCase();

/** The names of `mine` that `theirs` also has (ignoring case), each once, in the order of `mine`. */
function shared(mine: readonly string[], theirs: readonly string[]): string[] {
  const theirKeys = new Set(theirs.map(key));
  const seen = new Set<string>();
  return mine.filter((name) => {
    const k = key(name);
    if (!theirKeys.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Every other review sharing something with `target`, best first (score, then more kinds of reason, then the order of
 * `candidates`, which the caller gives newest first), at most `limit`.
 */
export function rankSimilar(target: SimilarityProfile, candidates: readonly SimilarityProfile[], limit = 10): SimilarMatch[] {
  const targetTerms = significantTerms(`${target.title} ${target.summary}`);
  const ranked = candidates
    .filter((candidate) => candidate.meetingId !== target.meetingId)
    .map((candidate, order) => {
      const reasons: SimilarityReason[] = [
        ...shared(target.services, candidate.services).map((name) => ({ kind: 'service' as const, name })),
        ...shared(target.factors, candidate.factors).map((name) => ({ kind: 'factor' as const, name })),
        ...shared(targetTerms, significantTerms(`${candidate.title} ${candidate.summary}`)).map((name) => ({ kind: 'term' as const, name })),
      ];
      const score = reasons.reduce((sum, reason) => sum + SIMILARITY_WEIGHTS[reason.kind], 0);
      const kinds = new Set(reasons.map((reason) => reason.kind)).size;
      return { meetingId: candidate.meetingId, score, reasons, kinds, order };
    })
    .filter((entry) => entry.score > 0);
  ranked.sort((a, b) => b.score - a.score || b.kinds - a.kinds || a.order - b.order);
  return ranked.slice(0, limit).map(({ meetingId, score, reasons }) => ({ meetingId, score, reasons }));
}

/** "shared service", "shared factor", "shared word": what a reason says before the name it shares. */
export function reasonLabel(kind: SimilarityReason['kind']): string {
  return `shared ${kind === 'term' ? 'word' : kind}`;
}

/** "shared service checkout-api", "shared factor Capacity", "shared word cache", for a person. */
export function reasonText(reason: SimilarityReason): string {
  return `${reasonLabel(reason.kind)} ${reason.name}`;
}

/** What the similar-incidents method answers for each review: the match, and enough of the review to name and open it. */
export interface SimilarIncident extends SimilarMatch {
  title: string;
  incidentId: string;
  incidentStartedAt: number | null;
}
