import { REFRAMING_QUESTIONS, type BlameFinding } from './blame-kinds.ts';
import { personAfter, personPossessorBefore, subjectBefore } from './subject.ts';
import { TRIGGERS, type SubjectRule } from './triggers.ts';

/**
 * Every trigger in one alternation, each in its own capturing group, so a note is scanned once. The word edges are
 * lookarounds on letters and digits (not `\b`) so names and words in any script are handled alike.
 */
const SCANNER = new RegExp(
  `(?<![\\p{L}\\p{N}_@'’-])(?:${TRIGGERS.map((trigger) => `(${trigger.source})`).join('|')})(?![\\p{L}\\p{N}_])`,
  'giu',
);

/** Words that, right before a phrase, turn it into a mention of something to avoid: not "human error". */
const MENTION_BEFORE =
  /(?:\bnot|\bnever|\bavoid\w{0,3}|\bbeyond|\bpast|\binstead\s{1,3}of|\brather\s{1,3}than|\bstop\w{0,3}\s{1,3}at|\bthan|\bno\s{1,3}more|\bwithout|\bban\w{0,3}|\bwords?|\bphrases?|\blabels?|\bcall\w{0,3}\s{1,3}it|\bwrite\s{1,3}off|\bblaming)\s{0,3}(?:as\s{1,3})?["'“‘]?\s{0,3}(?:a\s{1,3}|an\s{1,3}|just\s{1,3}|like\s{1,3})?$/i;
const MENTION_WINDOW = 32;
const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '`']);

function isMention(text: string, start: number, end: number): boolean {
  if (QUOTES.has(text.charAt(start - 1)) && QUOTES.has(text.charAt(end))) return true;
  return MENTION_BEFORE.test(text.slice(Math.max(0, start - MENTION_WINDOW), start));
}

function subjectAllows(rule: SubjectRule, text: string, start: number, end: number): boolean {
  switch (rule) {
    case 'any':
      return true;
    case 'person-after':
      return personAfter(text, end);
    case 'possessor':
      return personPossessorBefore(text, start);
    case 'person':
      return subjectBefore(text, start) === 'person';
    case 'person-or-bare': {
      const subject = subjectBefore(text, start);
      return subject === 'person' || subject === 'bare';
    }
    case 'not-system': {
      const subject = subjectBefore(text, start);
      return subject === 'person' || subject === 'bare' || subject === 'none';
    }
  }
}

/**
 * Phrases in `text` that put blame on people rather than on the system, each with its range and a question that
 * reframes it. System-focused hindsight ("the check should have caught it") and the team's own hindsight ("we should
 * have had an alert") are deliberately not flagged: they already point at the system, and nagging there teaches
 * people to ignore the hint.
 */
export function findBlame(text: string): BlameFinding[] {
  const findings: BlameFinding[] = [];
  for (const match of text.matchAll(SCANNER)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const trigger = TRIGGERS[index];
    if (!trigger) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (trigger.mentionable && isMention(text, start, end)) continue;
    if (!subjectAllows(trigger.subject, text, start, end)) continue;
    findings.push({ start, end, kind: trigger.kind, text: match[0], question: REFRAMING_QUESTIONS[trigger.kind] });
  }
  return findings;
}
