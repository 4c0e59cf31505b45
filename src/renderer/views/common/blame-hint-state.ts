import { BLAME_KIND_LABELS, type BlameFinding } from '../../../shared/blameless/blame-kinds.ts';

/** How long typing must pause before a field's text is checked; the check itself never blocks a keystroke. */
export const BLAME_CHECK_DELAY_MS = 400;

/** At most this many hints under one field, so the note-taker is nudged, not lectured. */
export const MAX_VISIBLE_HINTS = 2;

/**
 * A dismissal is remembered per field and per phrase: waving away "should have" in one description does not hide it
 * in the root-cause field, and re-typing the same phrase in the same field stays quiet.
 */
export function dismissalKey(fieldId: string, finding: Pick<BlameFinding, 'kind' | 'text'>): string {
  return `${fieldId}\u001f${finding.kind}\u001f${finding.text.toLowerCase().replace(/\s+/g, ' ')}`;
}

/**
 * Findings from the last check that still sit, unchanged, where they were found. Between a keystroke and the next
 * check this drops a hint whose phrase was just edited away, instead of showing it for the length of the delay.
 */
export function findingsStillIn(text: string, findings: readonly BlameFinding[]): BlameFinding[] {
  return findings.filter((finding) => text.slice(finding.start, finding.end) === finding.text);
}

/** The findings still worth showing: not dismissed, one per phrase, capped. */
export function visibleFindings(
  findings: readonly BlameFinding[],
  fieldId: string,
  dismissed: ReadonlySet<string>,
  limit: number = MAX_VISIBLE_HINTS,
): BlameFinding[] {
  const seen = new Set<string>();
  const shown: BlameFinding[] = [];
  for (const finding of findings) {
    const key = dismissalKey(fieldId, finding);
    if (dismissed.has(key) || seen.has(key)) continue;
    seen.add(key);
    shown.push(finding);
    if (shown.length >= limit) break;
  }
  return shown;
}

export interface BlameHintLine {
  key: string;
  label: string;
  phrase: string;
  question: string;
}

export function hintLine(fieldId: string, finding: BlameFinding): BlameHintLine {
  return { key: dismissalKey(fieldId, finding), label: BLAME_KIND_LABELS[finding.kind], phrase: finding.text, question: finding.question };
}
