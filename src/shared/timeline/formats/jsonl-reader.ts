import { importedTimelineEvent } from '../../api/timeline.ts';
import { checkActor, checkDescription, type CheckedEventText, type CheckedText } from '../event-fields.ts';
import { IMPORT_EVENTS_MAX, type ImportPreview, type RejectedLine } from '../import-result.ts';
import { unreadable } from './file-text.ts';
import { sniffFile } from './sniff-file.ts';
import { collectPaths, isJsonRecord, pathReader, type JsonRecord } from './json-path.ts';
import { textFromJson, timeReader } from './json-values.ts';
import { fieldsSeenText, suggestFields, type SuggestedFields } from './jsonl-fields.ts';
import type { ReaderOptions, TimelineFile, TimelineReader } from './timeline-reader.ts';

/** How many records the field list and the guesses look at. */
const SAMPLE_RECORDS = 200;
/** How many lines detection looks at. */
const DETECT_LINES = 5;

interface NumberedRecord {
  line: number;
  record: JsonRecord;
}

interface ParsedLines {
  records: NumberedRecord[];
  rejected: RejectedLine[];
  /** Whether the text held any line that is not blank. */
  anyLine: boolean;
}

/** What can start a JSON text, after spaces. */
const JSON_START = /^\s*[{["\-\dtfn]/;

const parseObject = (line: string): JsonRecord | 'not-json' | 'not-object' => {
  // A failed JSON.parse costs a thrown error; a file of cut lines (or the wrong format) is told apart without it.
  const trimmed = line.trimEnd();
  if (trimmed.trimStart().startsWith('{') ? !trimmed.endsWith('}') : !JSON_START.test(trimmed)) return 'not-json';
  try {
    const value = JSON.parse(line) as unknown;
    return isJsonRecord(value) ? value : 'not-object';
  } catch {
    return 'not-json';
  }
};

/** Each line that is not blank, numbered from 1 (line breaks are \n or \r\n; JSON ignores the \r). */
function* nonBlankLines(text: string): Generator<{ line: number; content: string }> {
  let line = 0;
  for (let start = 0; start <= text.length;) {
    line += 1;
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end);
    start = end + 1;
    if (content.trim() !== '') yield { line, content };
  }
}

/** The records of JSON Lines text, up to `limit`; blank lines are skipped, other lines rejected with their number. */
function parseLines(text: string, limit = Number.POSITIVE_INFINITY): ParsedLines {
  const parsed: ParsedLines = { records: [], rejected: [], anyLine: false };
  for (const { line, content } of nonBlankLines(text)) {
    if (parsed.records.length >= limit) break;
    parsed.anyLine = true;
    const record = parseObject(content);
    if (record === 'not-json') parsed.rejected.push({ line, reason: 'record: is not JSON' });
    else if (record === 'not-object') parsed.rejected.push({ line, reason: 'record: is JSON but not an object ({...})' });
    else parsed.records.push({ line, record });
  }
  return parsed;
}

/**
 * Whether the text starts like JSON Lines: its first non-blank line is a JSON object, and so are all but at most one
 * of the first DETECT_LINES non-blank lines (a log copied while it was written may end in a cut line).
 */
function firstLinesAreObjects(text: string): boolean {
  let seen = 0;
  let broken = 0;
  for (const { content } of nonBlankLines(text)) {
    seen += 1;
    if (typeof parseObject(content) === 'string') {
      broken += 1;
      if (seen === 1 || broken > 1) return false;
    }
    if (seen === DETECT_LINES) break;
  }
  return seen > 0;
}

/** The fields of the first records and the guesses made from them. */
function sampleChoices(records: readonly NumberedRecord[]): { fields: string[]; suggested: SuggestedFields } {
  const sample = records.slice(0, SAMPLE_RECORDS).map(({ record }) => record);
  const paths = new Set<string>();
  for (const record of sample) collectPaths(record, paths);
  const fields = [...paths];
  return { fields, suggested: suggestFields(sample, fields) };
}

/** The file's name as the events' origin, when the API would store it. */
function originOf(name: string): string {
  const parsed = importedTimelineEvent.shape.origin.safeParse(name.slice(0, 200));
  return parsed.success ? (parsed.data ?? '') : '';
}

type Part = 'time' | 'message' | 'actor';
const FLAGS: Readonly<Record<Part, string>> = { time: '--time-field', message: '--message-field', actor: '--actor-field' };

/**
 * The fields to read: the chosen ones, else the guesses. A whole-file rejection when the time or message field can
 * be neither, or a chosen field is in no record at all (a typo, most likely): it names the field and lists those seen.
 */
function resolveFields(
  records: readonly NumberedRecord[],
  options: ReaderOptions,
): { ok: true; time: string; message: string; actor: string | null } | { ok: false; reason: string } {
  const { fields, suggested } = sampleChoices(records);
  const chosen: Record<Part, string | undefined> = {
    time: options.timeField === '' ? undefined : options.timeField,
    message: options.messageField === '' ? undefined : options.messageField,
    actor: options.actorField === '' ? undefined : options.actorField,
  };
  for (const part of ['time', 'message', 'actor'] as const) {
    const path = chosen[part];
    if (path === undefined) continue;
    const read = pathReader(path);
    if (!records.some(({ record }) => read(record) !== undefined)) {
      return { ok: false, reason: `${part} field ${JSON.stringify(path)}: not found in any record; ${fieldsSeenText(fields)}` };
    }
  }
  const time = chosen.time ?? suggested.timeField;
  const message = chosen.message ?? suggested.messageField;
  for (const [part, path, looksLike] of [
    ['time', time, 'holds a time'],
    ['message', message, 'holds the message text'],
  ] as const) {
    if (path === undefined) {
      return { ok: false, reason: `${part} field: no field clearly ${looksLike}; choose one (${FLAGS[part]}); ${fieldsSeenText(fields)}` };
    }
  }
  return { ok: true, time: time ?? '', message: message ?? '', actor: chosen.actor ?? suggested.actorField ?? null };
}

const CACHED_ACTORS_MAX = 10_000;

/** checkEventText for one file, each actor checked once: a log names a few actors many times. */
function eventTextChecker(): (description: string, actor: string) => CheckedEventText {
  const actors = new Map<string, CheckedText>();
  return (descriptionText, actorText) => {
    const description = checkDescription(descriptionText);
    if (!description.ok) return { ok: false, reason: `description: ${description.message}` };
    let actor = actors.get(actorText);
    if (actor === undefined) {
      if (actors.size >= CACHED_ACTORS_MAX) actors.clear();
      actor = checkActor(actorText);
      actors.set(actorText, actor);
    }
    if (!actor.ok) return { ok: false, reason: `actor: ${actor.message}` };
    return { ok: true, description: description.value, actor: actor.value };
  };
}

function readRecords(records: readonly NumberedRecord[], options: ReaderOptions, origin: string, preview: ImportPreview): void {
  const fields = resolveFields(records, options);
  if (!fields.ok) {
    preview.rejected = [{ line: 1, reason: fields.reason }];
    return;
  }
  const readTime = pathReader(fields.time);
  const readMessage = pathReader(fields.message);
  const readActor = fields.actor === null ? null : pathReader(fields.actor);
  const readTimeValue = timeReader(options);
  const checkEventText = eventTextChecker();
  const from = options.from ?? Number.NEGATIVE_INFINITY;
  const until = options.until ?? Number.POSITIVE_INFINITY;

  for (const { line, record } of records) {
    const reject = (reason: string) => preview.rejected.push({ line, reason });
    const timeValue = readTime(record);
    if (timeValue === undefined) {
      reject(`time: the field ${JSON.stringify(fields.time)} is missing`);
      continue;
    }
    const time = readTimeValue(timeValue);
    if (!time.ok) {
      reject(`time: ${time.message}`);
      continue;
    }
    if (time.occurredAt < from || time.occurredAt > until) continue;
    const messageValue = readMessage(record);
    if (messageValue === undefined) {
      reject(`message: the field ${JSON.stringify(fields.message)} is missing`);
      continue;
    }
    const message = textFromJson(messageValue);
    if (!message.ok) {
      reject(`message: ${message.message}`);
      continue;
    }
    const actorValue = readActor === null ? undefined : readActor(record);
    const actor = actorValue === undefined || actorValue === null ? { ok: true as const, text: '' } : textFromJson(actorValue, ', ');
    if (!actor.ok) {
      reject(`actor: ${actor.message}`);
      continue;
    }
    const text = checkEventText(message.text, actor.text);
    if (!text.ok) {
      reject(text.reason);
      continue;
    }
    if (preview.events.length >= IMPORT_EVENTS_MAX) {
      reject(`record: one file gives at most ${IMPORT_EVENTS_MAX.toLocaleString('en-US')} events`);
      continue;
    }
    preview.events.push({
      line,
      occurredAt: time.occurredAt,
      precision: time.precision,
      description: text.description,
      actor: text.actor,
      // A log level says how loud a line is, not where in the incident it falls: an error can be the trigger, the
      // alert that detected it, or noise during the response. The person sets phases in the timeline.
      phase: 'other',
      source: 'jsonl_import',
      origin,
    });
  }
}

/**
 * JSON Lines logs: one JSON object per line, such as `journalctl -o json`, Docker's json-file logs, Bunyan, pino,
 * Elastic (ECS) or Kubernetes structured logs. The time, message and actor are read from the fields the person
 * chooses (dotted paths into nested objects), or from the ones `choices` suggests. Each event's origin is the file's
 * name, so events from several logs of one incident stay told apart; the phase is left as "other" (see below). Epoch
 * times are known to the second (the milliseconds are kept in occurredAt); a text time is as precise as it is
 * written, so "2026-11-20 14:05" is to the minute.
 */
export const jsonlReader: TimelineReader = {
  format: 'jsonl',
  label: 'JSON Lines log (journalctl -o json, app logs)',
  detect({ text, json }) {
    if (text === null) return false;
    // A whole JSON document is another format's, unless it is one object on one line: one record of JSON Lines,
    // offered only after every JSON-document reader has declined it (TIMELINE_FORMATS order).
    if (json !== undefined && !isJsonRecord(json)) return false;
    return firstLinesAreObjects(text);
  },
  choices(file: TimelineFile) {
    const text = sniffFile(file).text;
    if (text === null) return { fields: [] };
    return sampleChoices(parseLines(text, SAMPLE_RECORDS).records);
  },
  read(file, options) {
    const text = sniffFile(file).text;
    if (text === null) return unreadable('file: is not UTF-8 text');
    const { records, rejected, anyLine } = parseLines(text);
    if (!anyLine) return { events: [], rejected: [{ line: 0, reason: 'file: is empty; it needs one JSON object per line' }] };
    const preview: ImportPreview = { events: [], rejected };
    if (records.length > 0) readRecords(records, options, originOf(file.name), preview);
    if (preview.rejected.length > 1) preview.rejected.sort((a, b) => a.line - b.line);
    return preview;
  },
};
