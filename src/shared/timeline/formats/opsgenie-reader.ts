import type { TimelinePhase } from '../../domain/timeline.ts';
import { isBlankText } from '../../text/blank-text.ts';
import { EntryCollector, entryTime, firstRecord, isRecord, readJsonFile, textOf, type JsonRecord } from './json-entries.ts';
import type { TimelineReader } from './timeline-reader.ts';

/**
 * Opsgenie's alert history, as the Alert API answers `GET /v2/alerts/{identifier}/logs`
 * (`{ "data": [ { log, type, owner, createdAt, offset } ], "paging": { ... }, "took", "requestId" }`) and
 * `GET /v2/alerts/{identifier}/notes` (`{ "data": [ { note, owner, createdAt, offset } ], ... }`). The bare `data`
 * array of either is read too, and so is an array mixing log entries and notes.
 */

/** An alert log entry or note: a `log` or `note` text and its `createdAt`. */
const isAlertEntry = (entry: JsonRecord | null): boolean =>
  entry !== null && 'createdAt' in entry && (typeof entry.log === 'string' || typeof entry.note === 'string');

function entriesOf(json: unknown): { entries: unknown[]; path: string } | null {
  if (isRecord(json) && Array.isArray(json.data)) return { entries: json.data, path: 'data' };
  if (Array.isArray(json)) return { entries: json, path: '' };
  return null;
}

const PHASE_WORDS: ReadonlyMap<string, TimelinePhase> = new Map([
  ['created', 'detection'],
  ['acknowledged', 'response'],
  ['escalated', 'response'],
  ['closed', 'resolution'],
]);

/**
 * The phase a log line suggests where its words make it clear: the alert being created is when it was detected,
 * acknowledged or escalated is the response, closed is the resolution. Anything else (views, notifications, notes)
 * is other. The first of these words in the line decides ("unacknowledged" is none of them).
 */
function phaseOfLog(log: string): TimelinePhase {
  const word = /\b(created|acknowledged|escalated|closed)\b/i.exec(log)?.[1]?.toLowerCase();
  return (word === undefined ? undefined : PHASE_WORDS.get(word)) ?? 'other';
}

export const opsgenieReader: TimelineReader = {
  format: 'opsgenie',
  label: 'Opsgenie alert logs or notes (JSON)',
  detect({ json }) {
    return isAlertEntry(firstRecord(isRecord(json) ? json.data : json));
  },
  read(file, options) {
    const read = readJsonFile(file);
    if (!read.ok) return read.preview;
    const list = entriesOf(read.json);
    if (list === null) return { events: [], rejected: [{ line: 1, reason: 'file: has no "data" array of Opsgenie alert logs or notes' }] };
    if (list.entries.length === 0) return { events: [], rejected: [{ line: 1, reason: `${list.path || 'file'}: holds no alert logs or notes` }] };
    const collector = new EntryCollector('opsgenie_import', options);
    list.entries.forEach((entry, index) => {
      const line = index + 1;
      const path = `${list.path}[${index}]`;
      if (!isRecord(entry)) return collector.reject(line, `${path}: is not an alert log or note object`);
      const isNote = typeof entry.note === 'string';
      if (!isNote && typeof entry.log !== 'string') return collector.reject(line, `${path}: has neither a "log" nor a "note" text`);
      const time = entryTime(entry.createdAt, options);
      if (!time.ok) return collector.reject(line, `${path}.createdAt: ${time.message}`);
      const text = textOf(isNote ? entry.note : entry.log);
      collector.add(line, path, {
        occurredAt: time.occurredAt,
        // A note with nothing in it stays empty, so it is refused like any empty description.
        description: isNote && !isBlankText(text) ? `Note: ${text.trim()}` : text,
        descriptionField: isNote ? 'note' : 'log',
        actor: textOf(entry.owner),
        actorField: 'owner',
        phase: isNote ? 'other' : phaseOfLog(text),
        origin: isNote ? 'alert notes' : 'alert log',
      });
    });
    return collector.preview;
  },
};
