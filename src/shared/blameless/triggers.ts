import type { BlameKind } from './blame-kinds.ts';

/**
 * When a phrase counts as blame:
 * - any: always ("obviously", "careless").
 * - person: only when its subject is a person, a role or an @handle ("Dave broke prod", not "the deploy broke prod").
 * - person-or-bare: also a lone lowercase word, which in chat-style notes is usually a name ("alice forgot").
 * - not-system: also when the subject is left out ("Should have checked"), but not a system or the team.
 * - person-after: the words that follow name a person ("caused by Dave").
 * - possessor: a person owns the noun ("Dave's fault", "their mistake").
 * - person-in-if-clause: a person is the subject of an "if" clause ("if Dave had checked").
 */
export type SubjectRule = 'any' | 'person' | 'person-or-bare' | 'not-system' | 'person-after' | 'possessor' | 'person-in-if-clause';

export interface Trigger {
  kind: BlameKind;
  /** A regular-expression source with only non-capturing groups and bounded repeats. */
  source: string;
  subject: SubjectRule;
  /** Not blame when quoted or named as something to avoid ("not 'human error'"). */
  mentionable?: boolean;
}

/** Whitespace between words, bounded so a hostile run of spaces can not make a match slow. */
const S = '\\s{1,4}';
const NOT = `(?:didn't|didn’t|did${S}not|never)`;
const APOS = "['’]";

/** Order matters: at one position the first trigger that matches wins, so longer phrases come first. */
export const TRIGGERS: readonly Trigger[] = [
  // judgment
  { kind: 'judgment', source: `should(?:${APOS}ve|${S}have)?${S}known${S}better`, subject: 'any' },
  { kind: 'judgment', source: `should${S}know${S}better`, subject: 'any' },
  { kind: 'judgment', source: `(?:${NOT}|couldn${APOS}t|could${S}not)${S}(?:be${S})?bother(?:ed)?`, subject: 'any' },
  { kind: 'judgment', source: `(?:not|wasn${APOS}t|weren${APOS}t|isn${APOS}t|aren${APOS}t)${S}paying${S}(?:any${S})?attention`, subject: 'any' },
  { kind: 'judgment', source: `(?:wasn${APOS}t|was${S}not|weren${APOS}t|were${S}not)${S}(?:being${S})?careful`, subject: 'person-or-bare' },
  { kind: 'judgment', source: `asleep${S}at${S}the${S}(?:wheel|switch)`, subject: 'any' },
  { kind: 'judgment', source: `rookie${S}(?:mistake|error|move)`, subject: 'any', mentionable: true },
  { kind: 'judgment', source: `no${S}excuse`, subject: 'any' },
  { kind: 'judgment', source: `common${S}sense`, subject: 'any', mentionable: true },
  { kind: 'judgment', source: `how${S}hard${S}(?:is|was|can)${S}it`, subject: 'any' },
  {
    kind: 'judgment',
    source:
      'careless(?:ly|ness)?|laz(?:y|iness|ily)(?![\\s-]{1,2}(?:load|eval|init|instan|propag|fetch|import|compil|conn|mount|render))|sloppy|sloppiness|sloppily|stupid(?:ity|ly)?|incompeten(?:t|ce|tly)|negligen(?:t|ce|tly)|reckless(?:ly|ness)?|dumb|idiot(?:ic|s)?|clueless|boneheaded|irresponsib(?:le|ly|ility)|unprofessional|inexcusable|cowboy',
    subject: 'any',
    mentionable: true,
  },
  // human error
  {
    kind: 'human_error',
    source: `(?:human|operator|user|pilot|manual|people|personnel|engineer)${S}errors?(?!${S}(?:rate|count|code|message|page|response|budget|log|spike|increase|rose|climb|jump|dashboard|metric|graph|panel))`,
    subject: 'any',
    mentionable: true,
  },
  { kind: 'human_error', source: 'pebkac|pebcak|id-?10-?t|layer[ -]?8', subject: 'any', mentionable: true },
  { kind: 'human_error', source: `(?:a|the)${S}(?:human|manual)${S}(?:mistake|slip)`, subject: 'any', mentionable: true },
  { kind: 'human_error', source: 'fat[- ]?finger(?:ed|ing|s)?', subject: 'any', mentionable: true },
  // hindsight
  // "should have to" is about what a process demands, not what someone failed to do.
  { kind: 'hindsight', source: `(?:should|ought${S}to)${S}(?:have|of)(?!${S}to(?![\\p{L}]))|should${APOS}ve`, subject: 'not-system' },
  // "could have lost data" is a possible consequence, not a judgment of what someone did.
  {
    kind: 'hindsight',
    source: `could(?:${S}have|${S}of|${APOS}ve)(?!${S}(?:been|lost|led|resulted|gone|ended|affected|hit|cost|spread|corrupted|triggered|happened))`,
    subject: 'not-system',
  },
  { kind: 'hindsight', source: 'obviously', subject: 'any' },
  { kind: 'hindsight', source: `if${S}only`, subject: 'any' },
  {
    kind: 'hindsight',
    source: `(?:was|is|were|been|be)${S}(?:(?:so|really|pretty|completely|totally|blindingly|painfully|perfectly)${S})?obvious(?![\\p{L}])`,
    subject: 'any',
  },
  { kind: 'hindsight', source: `all${S}(?:he|she|they|you)${S}had${S}to${S}do${S}was`, subject: 'any' },
  { kind: 'hindsight', source: `why${S}did${S}(?:nobody|no${S}one)`, subject: 'any' },
  { kind: 'hindsight', source: `why${S}(?:${NOT}|wouldn${APOS}t|couldn${APOS}t|hadn${APOS}t|wasn${APOS}t|weren${APOS}t)`, subject: 'person-after' },
  // counterfactual
  { kind: 'counterfactual_blame', source: `(?:neglected|omitted)${S}to`, subject: 'not-system' },
  { kind: 'counterfactual_blame', source: `failed${S}to`, subject: 'person' },
  {
    kind: 'counterfactual_blame',
    source: `had${S}(?:just${S}|only${S})?(?:checked|tested|read|looked|asked|followed|waited|noticed|verified|reviewed|listened|double-checked|paid${S}attention)`,
    subject: 'person-in-if-clause',
  },
  { kind: 'counterfactual_blame', source: `(?:was|were)${S}supposed${S}to`, subject: 'person' },
  {
    kind: 'counterfactual_blame',
    source: `${NOT}${S}(?:even${S})?(?:check|checked|test|tested|read|follow|followed|look|looked|verify|verified|notice|noticed|think|listen|review|reviewed|care|ask|wait|escalate|double-check|double${S}check)(?![\\p{L}])`,
    subject: 'person-or-bare',
  },
  // a person as the cause
  { kind: 'person_as_cause', source: `(?:whose|who${APOS}s)${S}fault`, subject: 'any' },
  { kind: 'person_as_cause', source: `fault${S}of`, subject: 'person-after' },
  { kind: 'person_as_cause', source: '(?:fault|mistake|blunder|screw-?up|fuck-?up|negligence|carelessness)', subject: 'possessor' },
  { kind: 'person_as_cause', source: `(?:caused|triggered|broken|started)${S}by`, subject: 'person-after' },
  { kind: 'person_as_cause', source: `because${S}of`, subject: 'person-after' },
  {
    kind: 'person_as_cause',
    source: `(?:bad|broken|faulty|buggy|sloppy|careless)${S}(?:merge|change|commit|deploy|push|config|edit|migration)${S}(?:by|from)`,
    subject: 'person-after',
  },
  { kind: 'person_as_cause', source: `blam(?:e|es|ed|ing)(?:${S}it)?(?:${S}on)?`, subject: 'person-after' },
  {
    kind: 'person_as_cause',
    source: `forgot|(?:messed|screwed|fucked|mucked)${S}(?:it${S}|things${S})?up|dropped${S}the${S}ball|botched|fumbled|goofed|blundered`,
    subject: 'person-or-bare',
  },
  {
    kind: 'person_as_cause',
    source: `(?:pushed|deployed|merged|shipped|committed|applied|ran|used|typed|picked|chose|entered)${S}(?:a|the|an)${S}(?:bad|broken|buggy|faulty|wrong|untested)`,
    subject: 'person',
  },
  { kind: 'person_as_cause', source: `made${S}(?:a|an)${S}(?:[\\p{L}-]{1,20}${S})?(?:mistake|error|mess|blunder|typo|slip)`, subject: 'person' },
  {
    kind: 'person_as_cause',
    source: `(?:is|was|are|were)${S}(?:to${S}blame|responsible${S}for${S}(?:the|this)${S}(?:outage|incident|failure|breakage|downtime|mess))`,
    subject: 'person',
  },
  { kind: 'person_as_cause', source: `(?:took|brought|takes|brings)${S}(?:[\\p{L}-]{1,20}${S}){0,4}down`, subject: 'person' },
  {
    kind: 'person_as_cause',
    source: `broke|breaks|caused|causes|blew${S}up|nuked|crashed|wiped|missed|ignored|overlooked|misconfigured|mistyped|misread|bypassed|skipped`,
    subject: 'person',
  },
];
