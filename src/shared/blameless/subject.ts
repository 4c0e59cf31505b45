/**
 * Who a phrase is about, read from the few words around it. No dictionary of names: a person is an @handle, a
 * pronoun, a role word, or a capitalised word that does not look like a product or an acronym.
 */
export type Subject = 'person' | 'bare' | 'team' | 'system' | 'none';

/** How far back a subject is looked for; keeps every check O(1) per match whatever the input. */
const LOOK_BEHIND = 80;
const LOOK_AHEAD = 60;

const CLAUSE_BREAKS = new Set(['.', '!', '?', ';', ':', ',', '(', ')', '[', ']', '"', '“', '”', '\n', '—', '–']);

const CONJUNCTIONS = new Set([
  'because',
  'since',
  'and',
  'but',
  'so',
  'when',
  'after',
  'then',
  'as',
  'while',
  'until',
  'once',
  'if',
  'although',
  'though',
  'before',
  'cause',
  'coz',
  'bc',
  'or',
  'think',
  'thinks',
  'said',
  'says',
  'guess',
  'apparently',
]);

/** Words between a subject and its verb that say nothing about who the subject is. */
const FILLERS = new Set([
  'just',
  'really',
  'probably',
  'definitely',
  'clearly',
  'simply',
  'also',
  'again',
  'obviously',
  'completely',
  'totally',
  'apparently',
  'basically',
  'somehow',
  'actually',
  'still',
  'already',
  'likely',
  'certainly',
  'surely',
  'that',
  'then',
  'literally',
  'accidentally',
  'mistakenly',
  'wrongly',
  'carelessly',
  'stupidly',
  'once',
]);

const PERSON_PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'you',
  'i',
  'who',
  'someone',
  'somebody',
  'nobody',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'whoever',
  'him',
  'her',
  'them',
  'me',
  'his',
  'their',
  'u',
  'y’all',
  "y'all",
]);

const TEAM_PRONOUNS = new Set(['we', 'us', 'our']);

/** Roles that stand for a person when no name is given ("the on-call forgot"). */
const ROLE_WORDS = new Set([
  'engineer',
  'engineers',
  'dev',
  'devs',
  'developer',
  'developers',
  'on-call',
  'oncall',
  'on-caller',
  'sre',
  'sres',
  'admin',
  'admins',
  'administrator',
  'sysadmin',
  'operator',
  'operators',
  'intern',
  'interns',
  'contractor',
  'contractors',
  'dba',
  'manager',
  'lead',
  'reviewer',
  'reviewers',
  'author',
  'responder',
  'responders',
  'ic',
  'commander',
  'tester',
  'qa',
  'person',
  'people',
  'guy',
  'guys',
  'team',
  'human',
  'humans',
  'newbie',
  'junior',
  'staff',
  'employee',
  'colleague',
  'coworker',
  'swe',
  'architect',
  'pm',
  'user',
  'users',
  'customer',
]);

/** Capitalised words that open a sentence without naming anyone. */
const NOT_NAMES = new Set([
  'it',
  'this',
  'that',
  'these',
  'those',
  'there',
  'what',
  'which',
  'where',
  'when',
  'how',
  'why',
  'the',
  'a',
  'an',
  'its',
  'nothing',
  'everything',
  'something',
  'each',
  'every',
  'no',
  'one',
  'all',
  'both',
  'neither',
  'either',
  'here',
  'some',
  'any',
  'another',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'our',
  'its',
  'their',
  'my',
  'your',
  'his',
  'her',
  'every',
  'each',
  'no',
  'some',
  'any',
]);

const SYSTEM_WORD_ENDINGS = ['ing', 'tion', 'ment', 'ness', 'ity', 'ure', 'ance', 'ence'];

function cleanWord(word: string): string {
  return word.replace(/^['‘’*_]+|['‘’*_]+$/g, '');
}

function stripPossessive(word: string): { word: string; possessive: boolean } {
  const match = /^(.{1,60}?)['’]s$/.exec(word);
  return match?.[1] ? { word: match[1], possessive: true } : { word, possessive: false };
}

function isHandle(word: string): boolean {
  return /^@[\p{L}\p{N}_.-]{1,60}$/u.test(word);
}

/** A capitalised word that reads as someone's name: "Dave", "María", not "PagerDuty", "DNS" or "Deployment". */
function looksLikeName(word: string): boolean {
  if (!/^\p{Lu}[\p{Ll}'’-]{1,30}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower)) return false;
  return !SYSTEM_WORD_ENDINGS.some((ending) => lower.length > ending.length + 3 && lower.endsWith(ending));
}

function isPersonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isHandle(word) || PERSON_PRONOUNS.has(lower) || ROLE_WORDS.has(lower) || looksLikeName(word);
}

function clauseBefore(text: string, index: number): string {
  const floor = Math.max(0, index - LOOK_BEHIND);
  let from = index;
  while (from > floor && !CLAUSE_BREAKS.has(text.charAt(from - 1))) from -= 1;
  return text.slice(from, index);
}

/** The grammatical subject of the verb that starts at `index`, judged from the words before it in the same clause. */
export function subjectBefore(text: string, index: number): Subject {
  // Emoji, times and dashes between a name and its verb say nothing about the subject.
  const all = clauseBefore(text, index)
    .split(/\s+/)
    .map(cleanWord)
    .filter((word) => /[\p{L}@]/u.test(word));
  let firstOfClause = 0;
  all.forEach((word, position) => {
    if (CONJUNCTIONS.has(word.toLowerCase())) firstOfClause = position + 1;
  });
  const words = all.slice(firstOfClause);
  while (words.length > 0 && FILLERS.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  const last = words[words.length - 1];
  if (last === undefined) return 'none';
  const { word: head } = stripPossessive(last);
  const lower = head.toLowerCase();
  if (TEAM_PRONOUNS.has(lower)) return 'team';
  if (isPersonWord(head)) return 'person';
  // "the engineer on call": a role spelled as two words.
  if (lower === 'call' && words[words.length - 2]?.toLowerCase() === 'on') return 'person';
  // "Dave's deploy broke prod" still names Dave as the cause.
  if (
    words.slice(0, -1).some((word) => {
      const owner = stripPossessive(word);
      return owner.possessive && isPersonWord(owner.word);
    })
  )
    return 'person';
  if (words.length === 1 && /^\p{Ll}[\p{Ll}'’-]{1,30}$/u.test(head) && !NOT_NAMES.has(lower) && !DETERMINERS.has(lower)) return 'bare';
  return 'system';
}

/** Whether the words right after `index` name a person ("caused by Dave", "because of the intern"). */
export function personAfter(text: string, index: number): boolean {
  const words = text
    .slice(index, index + LOOK_AHEAD)
    .split(/[\s,.;:!?]+/)
    .map(cleanWord)
    .filter(Boolean)
    .slice(0, 3);
  for (const word of words) {
    const { word: bare } = stripPossessive(word);
    if (isPersonWord(bare)) return true;
    if (!DETERMINERS.has(bare.toLowerCase()) && !/^(?:new|junior|senior|on-call|oncall|same|other)$/i.test(bare)) return false;
  }
  return false;
}

/** The word right before `index` is a person's possessive: "Dave's fault", "their mistake". */
export function personPossessorBefore(text: string, index: number): boolean {
  const words = clauseBefore(text, index).split(/\s+/).map(cleanWord).filter(Boolean);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  const lower = last.toLowerCase();
  if (['his', 'her', 'their', 'your', 'whose'].includes(lower)) return true;
  const owner = stripPossessive(last);
  return owner.possessive && isPersonWord(owner.word);
}
