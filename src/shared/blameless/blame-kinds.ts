/** The ways a sentence can slide from learning into blame. */
export const BLAME_KINDS = ['person_as_cause', 'hindsight', 'human_error', 'judgment', 'counterfactual_blame', 'prescription', 'punishment'] as const;
export type BlameKind = (typeof BLAME_KINDS)[number];

export interface BlameFinding {
  /** Offsets into the checked text in UTF-16 code units (JavaScript string indices), end exclusive: `text.slice(start, end) === finding.text`. */
  start: number;
  end: number;
  kind: BlameKind;
  text: string;
  /** A question that turns the same observation toward the system. */
  question: string;
  /** Why the sentence reads as blame, in plain words. */
  reason: string;
}

/** What a facilitator reads next to the phrase: plain words, no jargon. */
export const BLAME_KIND_LABELS: Readonly<Record<BlameKind, string>> = {
  person_as_cause: 'Names a person as the cause',
  hindsight: 'Hindsight: judged with what we know now',
  human_error: 'Stops at "human error"',
  judgment: 'Judges the person, not the work',
  counterfactual_blame: 'Blames someone for what did not happen',
  prescription: 'Asks a person to try harder',
  punishment: 'Calls for a penalty',
};

export const REFRAMING_QUESTIONS: Readonly<Record<BlameKind, string>> = {
  person_as_cause: 'What in the system let this happen, and would anyone else in that seat have done the same?',
  hindsight: 'What did people know at that moment, and why was the better move not clear then?',
  human_error: 'Why was this slip possible, and which safeguard could have caught it?',
  judgment: 'What pressure, tooling or missing information made that choice look reasonable at the time?',
  counterfactual_blame: 'Is the expected step realistic to follow under pressure, and what would make it hard to miss?',
  prescription: 'What change to the tools or the process would make the careful path the easy one for everyone?',
  punishment: 'If people fear a penalty, what will they stop telling us next time, and what would we learn instead?',
};
