import type { TimelinePhase, TimePrecision } from '../domain/timeline.ts';
import { checkActor, checkDescription } from './event-fields.ts';
import { phaseFromText } from './phase-text.ts';
import { parseTimestampText } from './timestamp-text.ts';
import { calendarDateAt, nextCalendarDate } from '../time/zoned-time.ts';

export interface QuickEntryContext {
  timeZone: string;
  /** YYYY-MM-DD typed clock times belong to. */
  anchorDate: string;
  /** The event "+5m" counts from; null when there is none yet. */
  previousAt: number | null;
  /**
   * The latest event so far in the meeting, by time (not the one typed last); a bare HH:MM goes on its day, or
   * on the next day when that would put it more than 12 hours before it. Null or absent: the anchor date.
   */
  latestAt?: number | null;
  now: number;
}

export type QuickEntryField = 'time' | 'description' | 'actor' | 'phase';

/** How the time was given, so a preview can say "now" or "5 min after the previous event". */
export type QuickEntryTimeKind = 'typed' | 'relative' | 'now';

export interface QuickEntry {
  occurredAt: number;
  precision: TimePrecision;
  timeKind: QuickEntryTimeKind;
  description: string;
  actor: string;
  /** Null when no #phase was given. */
  phase: TimelinePhase | null;
}

export interface QuickEntryError {
  field: QuickEntryField;
  message: string;
}

export type QuickEntryResult = { ok: true; value: QuickEntry } | { ok: false; errors: QuickEntryError[] };

const LEADING_TIME = /^((?:\d{4}-\d{2}-\d{2} )?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)(?=\s|$)/;
const LOOKS_LIKE_CLOCK = /^\d{1,2}[:.]\d{1,2}\S*(?=\s|$)/;
const RELATIVE = /^\+(\S*)(?=\s|$)/;
const RELATIVE_PARTS = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,5})s)?$/;
/** Punctuation that ends a sentence rather than a name: "@alice," is alice. */
const TRAILING_PUNCTUATION = /[.,;:!?)]+$/;
const ACTOR_NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._'-]*$/u;
/** @"Sarah Cohen" or @“Sarah Cohen”: a name with spaces, as the participant picker inserts it. */
const QUOTED_ACTOR = /(^|\s)@["“”]([^"“”]*)["“”](?=[.,;:!?)]*(?:\s|$))/gu;
/** Stands in for a quoted actor while the line is split into words; a private-use character nobody types. */
const QUOTED_MARK = '\uE000';
const ROLLOVER_MS = 12 * 60 * 60 * 1000;
const TAG_NAME = /^[\p{L}][\p{L}\p{N}_-]*$/u;

function relativeMs(amount: string): number | null {
  const match = RELATIVE_PARTS.exec(amount.toLowerCase());
  if (!match || amount === '' || (!match[1] && !match[2] && !match[3])) return null;
  return (Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0)) * 1000;
}

/**
 * A typed time. With a date it is read as written; a bare HH:MM goes on the day of the latest event so far, or
 * on the next day when that would put it more than 12 hours before that event: 00:36 after 23:50 is past midnight,
 * while 23:40 after 23:50 is a late note of something that happened just before.
 */
function readTypedTime(stamp: string, context: QuickEntryContext) {
  const latestAt = context.latestAt ?? null;
  if (latestAt === null || /^\d{4}-/.test(stamp)) return parseTimestampText(stamp, context);
  const day = calendarDateAt(latestAt, context.timeZone);
  const sameDay = parseTimestampText(stamp, { timeZone: context.timeZone, anchorDate: day });
  if (!sameDay.ok || sameDay.occurredAt >= latestAt - ROLLOVER_MS) return sameDay;
  return parseTimestampText(stamp, { timeZone: context.timeZone, anchorDate: nextCalendarDate(day) });
}

interface TimePart {
  occurredAt: number;
  precision: TimePrecision;
  timeKind: QuickEntryTimeKind;
  rest: string;
}

function readTime(text: string, context: QuickEntryContext): TimePart | QuickEntryError {
  const typed = LEADING_TIME.exec(text);
  if (typed) {
    const stamp = typed[1] ?? '';
    const time = readTypedTime(stamp, context);
    if (!time.ok) return { field: 'time', message: `"${stamp}" ${time.message}` };
    return { occurredAt: time.occurredAt, precision: time.precision, timeKind: 'typed', rest: text.slice(stamp.length) };
  }
  const malformedClock = LOOKS_LIKE_CLOCK.exec(text);
  if (malformedClock) return { field: 'time', message: `"${malformedClock[0]}" is not a time as HH:MM or HH:MM:SS` };
  const relative = RELATIVE.exec(text);
  if (relative) {
    const amount = relativeMs(relative[1] ?? '');
    if (amount === null) return { field: 'time', message: `"${relative[0]}" is not a step such as +90s, +5m or +1h` };
    if (context.previousAt === null) return { field: 'time', message: `"${relative[0]}" needs an earlier event to count from` };
    const precision = amount % 60_000 === 0 ? 'minute' : 'second';
    return { occurredAt: context.previousAt + amount, precision, timeKind: 'relative', rest: text.slice(relative[0].length) };
  }
  return { occurredAt: Math.floor(context.now / 1000) * 1000, precision: 'second', timeKind: 'now', rest: text };
}

/**
 * One typed line -> a timeline entry: "14:05 Error rate increased @monitoring #detection". A leading HH:MM[:SS]
 * (or "+5m", "+90s", "+1h" after the previous event; nothing means now), "@name" as the actor and "#phase" as the
 * phase, each only as a whole word: an e-mail address or "C#" stays text, and so does a #tag that is no phase.
 * A name with spaces is quoted: @"Sarah Cohen".
 */
export function parseQuickEntry(text: string, context: QuickEntryContext): QuickEntryResult {
  const errors: QuickEntryError[] = [];
  const time = readTime(text.trim(), context);
  if ('field' in time) errors.push(time);
  const typedRest = 'field' in time ? text.trim().replace(/^\S+/, '') : time.rest;

  const actors: string[] = [];
  const phases: TimelinePhase[] = [];
  const words: string[] = [];
  const quoted: string[] = [];
  const rest = typedRest.replaceAll(QUOTED_MARK, '').replace(QUOTED_ACTOR, (_match, space: string, name: string) => {
    quoted.push(name.trim().replace(/\s+/g, ' '));
    return `${space}@${QUOTED_MARK}${quoted.length - 1}${QUOTED_MARK}`;
  });
  for (const word of rest.split(/\s+/).filter((candidate) => candidate !== '')) {
    const bare = word.replace(TRAILING_PUNCTUATION, '');
    const quotedIndex = new RegExp(`^@${QUOTED_MARK}(\\d+)${QUOTED_MARK}$`).exec(bare);
    if (/^@["“”]/.test(word)) {
      errors.push({ field: 'actor', message: 'close the name with a quote: @"Sarah Cohen"' });
      continue;
    }
    if (quotedIndex) {
      const name = quoted[Number(quotedIndex[1])] ?? '';
      if (name === '') errors.push({ field: 'actor', message: 'the name in @"…" is empty' });
      else actors.push(name);
      continue;
    }
    const name = bare.slice(1);
    if (word.startsWith('@') && ACTOR_NAME.test(name)) {
      actors.push(name);
      continue;
    }
    const phase = word.startsWith('#') && TAG_NAME.test(name) ? phaseFromText(name) : null;
    if (phase) {
      phases.push(phase);
      continue;
    }
    words.push(word);
  }

  const description = checkDescription(words.join(' '));
  if (!description.ok) errors.push({ field: 'description', message: description.message });
  if (actors.length > 1) errors.push({ field: 'actor', message: `one @actor per event, not ${actors.map((actor) => `@${actor}`).join(' and ')}` });
  const actor = checkActor(actors[0] ?? '');
  if (!actor.ok) errors.push({ field: 'actor', message: actor.message });
  const distinctPhases = [...new Set(phases)];
  if (distinctPhases.length > 1)
    errors.push({ field: 'phase', message: `one #phase per event, not ${distinctPhases.map((phase) => `#${phase}`).join(' and ')}` });

  if (errors.length > 0 || 'field' in time || !description.ok || !actor.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      occurredAt: time.occurredAt,
      precision: time.precision,
      timeKind: time.timeKind,
      description: description.value,
      actor: actor.value,
      phase: distinctPhases[0] ?? null,
    },
  };
}
