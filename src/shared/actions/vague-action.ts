/**
 * Seed 001 asks for concrete actions, "not vague 'improve monitoring'". This is a small heuristic, not a judge: an
 * item is vague when it opens with a verb that names no change (improve, enhance, better, look into, investigate,
 * review, …) and nothing after it makes the outcome checkable: no number (a threshold, a count, a percentage, a
 * date), no concrete thing to build or change (a runbook, an alert, a test, a dashboard, …) and no named system
 * (a word written like code: `ledger-db`, queue_depth, PaymentService).
 */
const VAGUE_OPENINGS = [
  'improve',
  'enhance',
  'better',
  'look into',
  'looking into',
  'investigate',
  'review',
  'revisit',
  'consider',
  'explore',
  'optimise',
  'optimize',
  'strengthen',
  'work on',
  'think about',
  'be more careful',
  'make sure',
];

/** Things one can build, write or change and then point at. */
const CONCRETE_THINGS = new Set(
  [
    'alert',
    'alarm',
    'runbook',
    'playbook',
    'checklist',
    'dashboard',
    'test',
    'canary',
    'rollback',
    'backup',
    'restore',
    'script',
    'flag',
    'feature flag',
    'timeout',
    'retry',
    'limit',
    'quota',
    'threshold',
    'replica',
    'index',
    'migration',
    'pipeline',
    'cron',
    'page',
    'pager',
    'slo',
    'sla',
    'adr',
    'lint',
    'template',
    'circuit breaker',
  ].flatMap((word) => [word, `${word}s`, `${word}es`]),
);

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function isVagueAction(title: string): boolean {
  const text = title.trim();
  if (text === '') return false;
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const opening = VAGUE_OPENINGS.find((verb) => lower === verb || lower.startsWith(`${verb} `));
  if (!opening) return false;
  const rest = text.slice(opening.length);
  // A number: a threshold, a count, a percentage, a duration or a date.
  if (/\d/.test(rest)) return false;
  // A named system or file, written as code is: with a dot, underscore, slash, hyphen inside a word, or capitals inside.
  if (/`[^`]+`|\b\w+[._/-]\w+|\b[a-z]+[A-Z]\w*|\b[A-Z][a-z]+[A-Z]\w*/.test(rest)) return false;
  const restWords = words(rest);
  for (let index = 0; index < restWords.length; index += 1) {
    const one = restWords[index] ?? '';
    const two = `${one} ${restWords[index + 1] ?? ''}`;
    if (CONCRETE_THINGS.has(one) || CONCRETE_THINGS.has(two)) return false;
  }
  return true;
}
