import { REFRAMING_QUESTIONS, type BlameFinding } from './blame-kinds.ts';
import { personAfter, personPossessorBefore, subjectBefore } from './subject.ts';
import { TRIGGERS, type SubjectRule } from './triggers.ts';

/**
 * Every trigger in one alternation, each in its own capturing group, so a note is scanned once. The word edge before a
 * match is checked in code rather than with a lookbehind, which lets the engine skip ahead on first letters.
 */
const SCANNER = new RegExp(`(?:${TRIGGERS.map((trigger) => `(${trigger.source})`).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
const WORD_CHAR = /[\p{L}\p{N}_@'’-]/u;

/** Words that, earlier in the same clause, turn a phrase into a mention of something to avoid: not "human error". */
const MENTION_CUE = /\b(?:not|never|no|avoid\w{0,4}|instead\s{1,3}of|rather\s{1,3}than|beyond|past|stop\w{0,3}\s{1,3}at|don['’]t|ban\w{0,4}|than)\b/i;
const MENTION_WINDOW = 48;
const CLAUSE_END = /[.!?;:\n][^.!?;:\n]{0,48}$/;
const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '`']);

function isMention(text: string, start: number, end: number): boolean {
  if (QUOTES.has(text.charAt(start - 1)) && QUOTES.has(text.charAt(end))) return true;
  const window = text.slice(Math.max(0, start - MENTION_WINDOW), start);
  const clauseStart = CLAUSE_END.exec(window);
  return MENTION_CUE.test(clauseStart ? window.slice(clauseStart.index + 1) : window);
}

/** "if Dave", "if only the on-call", right before the verb. */
const IF_CLAUSE_SUBJECT = /\bif\s{1,4}(?:only\s{1,4})?(?:the\s{1,4})?[^\s,.;:!?]{1,40}\s{1,4}$/i;
const IF_WINDOW = 64;

function subjectAllows(rule: SubjectRule, text: string, start: number, end: number): boolean {
  switch (rule) {
    case 'any':
      return true;
    case 'person-after':
      return personAfter(text, end);
    case 'person-in-if-clause':
      return IF_CLAUSE_SUBJECT.test(text.slice(Math.max(0, start - IF_WINDOW), start)) && subjectBefore(text, start) === 'person';
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
  const scanner = new RegExp(SCANNER);
  for (let match = scanner.exec(text); match !== null; match = scanner.exec(text)) {
    if (match.index > 0 && WORD_CHAR.test(text.charAt(match.index - 1))) {
      // Inside a word ("unbroke"): look again from the next character, where a real word may start.
      scanner.lastIndex = match.index + 1;
      continue;
    }
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
