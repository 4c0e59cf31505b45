import type { ImportContext } from '../import-result.ts';
import { pathReader, type JsonRecord } from './json-path.ts';
import { looksLikeText, timeFromJson } from './json-values.ts';
import type { ReaderChoices } from './timeline-reader.ts';

export type SuggestedFields = NonNullable<ReaderChoices['suggested']>;

/**
 * Field names that usually hold each part, most telling first, compared without letter case: journalctl -o json,
 * Elastic Common Schema, Docker's json-file driver, Bunyan, pino, klog, Logstash, nginx and common app loggers.
 */
const TIME_NAMES = [
  '__realtime_timestamp',
  '@timestamp',
  'timestamp',
  'time',
  'ts',
  'time_local',
  'datetime',
  'date',
  'eventtime',
  'event_time',
  'event.created',
  'created_at',
  'createdat',
  'asctime',
  'created',
  '_source_realtime_timestamp',
];
const MESSAGE_NAMES = ['message', 'msg', 'log', 'event', 'text', 'body', 'summary', 'description', 'error.message', 'err.message'];
const ACTOR_NAMES = [
  '_systemd_unit',
  'syslog_identifier',
  '_comm',
  'logger',
  'logger_name',
  'service',
  'service.name',
  'service_name',
  'log.logger',
  'app',
  'application',
  'app_name',
  'component',
  'name',
  'user',
  'user.name',
  'username',
  'actor',
  'kubernetes.container_name',
  'kubernetes.labels.app',
  'container_name',
  'host',
  'hostname',
  'host.name',
  '_hostname',
];
const TIME_LIKE = {
  test: (path: string) => /(?:^|[._@-])(?:time|timestamp|ts|date|datetime)$|_at$/i.test(path) || /[a-z](?:Time|Timestamp|Date|At)$/.test(path),
};
const MESSAGE_LIKE = /(?:message|msg)$/i;

/** Any zone and date do for telling whether a value is a time at all. */
const GUESS_CONTEXT: ImportContext = { timeZone: 'UTC', anchorDate: '1970-01-01' };

/** The known names first in their order, then the other paths whose name matches `like`. */
function candidates(paths: readonly string[], names: readonly string[], like: { test(path: string): boolean } | null): string[] {
  const byName = new Map<string, string>();
  for (const path of paths) {
    const name = path.toLowerCase();
    if (names.includes(name) && !byName.has(name)) byName.set(name, path);
  }
  const known = names.flatMap((name) => {
    const path = byName.get(name);
    return path === undefined ? [] : [path];
  });
  const similar = like === null ? [] : paths.filter((path) => like.test(path) && !known.includes(path));
  return [...known, ...similar];
}

/** The first candidate whose value has the right shape in at least half of the records. */
function firstFitting(
  records: readonly JsonRecord[],
  paths: readonly string[],
  fits: (value: unknown) => boolean,
  taken: ReadonlySet<string>,
): string | undefined {
  const needed = Math.max(1, Math.ceil(records.length / 2));
  return paths.find((path) => {
    if (taken.has(path)) return false;
    const read = pathReader(path);
    let fitting = 0;
    for (const record of records) {
      if (fits(read(record)) && (fitting += 1) >= needed) return true;
    }
    return false;
  });
}

const isTime = (value: unknown) => (typeof value === 'number' || typeof value === 'string') && timeFromJson(value, GUESS_CONTEXT).ok;
const isActor = (value: unknown) => (typeof value === 'string' && value.trim() !== '') || typeof value === 'number' || looksLikeText(value);

/**
 * The time, message and actor fields a person would most likely pick, from the first records: a known name whose
 * values have the right shape (a time, text) in at least half of them; for time and message, then any field named
 * like one (`created_at`, `error_message`). No actor is a fine answer: events are then imported without one.
 */
export function suggestFields(records: readonly JsonRecord[], paths: readonly string[]): SuggestedFields {
  const taken = new Set<string>();
  const timeField = firstFitting(records, candidates(paths, TIME_NAMES, TIME_LIKE), isTime, taken);
  if (timeField !== undefined) taken.add(timeField);
  const messageField = firstFitting(records, candidates(paths, MESSAGE_NAMES, MESSAGE_LIKE), looksLikeText, taken);
  if (messageField !== undefined) taken.add(messageField);
  const actorField = firstFitting(records, candidates(paths, ACTOR_NAMES, null), isActor, taken);
  return {
    ...(timeField === undefined ? {} : { timeField }),
    ...(messageField === undefined ? {} : { messageField }),
    ...(actorField === undefined ? {} : { actorField }),
  };
}

const FIELDS_LISTED_MAX = 40;
const PLAIN_PATH = /^[\p{L}\p{N}_.@$-]{1,60}$/u;

/** The fields seen, for a rejection: plain names as they are, others quoted with their control characters escaped. */
export function fieldsSeenText(paths: readonly string[]): string {
  if (paths.length === 0) return 'fields seen: none';
  const listed = paths.slice(0, FIELDS_LISTED_MAX).map((path) => (PLAIN_PATH.test(path) ? path : JSON.stringify(path.slice(0, 60))));
  const more = paths.length > FIELDS_LISTED_MAX ? ` and ${paths.length - FIELDS_LISTED_MAX} more` : '';
  return `fields seen: ${listed.join(', ')}${more}`;
}
