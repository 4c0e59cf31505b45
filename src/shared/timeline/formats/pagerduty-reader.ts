import type { TimelinePhase } from '../../domain/timeline.ts';
import { isBlankText } from '../../text/blank-text.ts';
import { EntryCollector, entryTime, firstRecord, isRecord, readJsonFile, textAt, textOf, type JsonRecord } from './json-entries.ts';
import type { TimelineReader } from './timeline-reader.ts';

/**
 * PagerDuty's incident log, as the REST API answers `GET /incidents/{id}/log_entries` (or `GET /log_entries`):
 * `{ "log_entries": [ { type, created_at, summary, agent, channel, service, incident, ... } ], limit, offset, more }`.
 * Also read: the bare array of log entries, and an incident with its log entries beside it
 * (`{ "incident": { ... }, "log_entries": [ ... ] }`, as the version 2 webhooks sent it).
 */

const LOG_ENTRY_TYPE = /_log_entry(?:_reference)?$/;

/** The entry's kind without the suffix: `acknowledge_log_entry` -> `acknowledge`. */
const kindOf = (entry: JsonRecord): string => textOf(entry.type).replace(LOG_ENTRY_TYPE, '');

/**
 * The phase a log entry suggests. The pager firing is when the team learnt of the problem (detection); paging,
 * acknowledging, escalating and reassigning are the response; resolving ends it; notes and anything else are left to
 * the facilitator as other.
 */
const PHASES: ReadonlyMap<string, TimelinePhase> = new Map(
  Object.entries({
    trigger: 'detection',
    notify: 'response',
    acknowledge: 'response',
    unacknowledge: 'response',
    escalate: 'response',
    repeat_escalation_path: 'response',
    exhaust_escalation_path: 'response',
    assign: 'response',
    delegate: 'response',
    resolve: 'resolution',
  } satisfies Record<string, TimelinePhase>),
);

/** What an entry without a summary says happened. */
const FALLBACK_DESCRIPTIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    trigger: 'Incident triggered',
    notify: 'Responder notified',
    acknowledge: 'Incident acknowledged',
    unacknowledge: 'Acknowledgement timed out',
    escalate: 'Incident escalated',
    assign: 'Incident reassigned',
    delegate: 'Incident reassigned to another escalation policy',
    annotate: 'Note added',
    snooze: 'Incident snoozed',
    resolve: 'Incident resolved',
  }),
);

interface LogEntries {
  entries: unknown[];
  /** How rejections name the array: `log_entries`, or empty for a bare array. */
  path: string;
  incident: unknown;
}

function logEntriesOf(json: unknown): LogEntries | null {
  if (isRecord(json) && Array.isArray(json.log_entries)) return { entries: json.log_entries, path: 'log_entries', incident: json.incident };
  if (Array.isArray(json) && (json.length === 0 || LOG_ENTRY_TYPE.test(textOf(firstRecord(json)?.type))))
    return { entries: json, path: '', incident: undefined };
  return null;
}

/** The entry's words: the note itself for a note, the alert's own summary after a trigger's. */
function describe(entry: JsonRecord, kind: string): { text: string; field: string } {
  const summary = textOf(entry.summary).trim();
  const channelText = (textAt(entry, 'channel', 'summary') || textAt(entry, 'channel', 'content')).trim();
  if (kind === 'annotate' && !isBlankText(channelText)) return { text: `Note: ${channelText}`, field: 'channel.summary' };
  const text = summary || FALLBACK_DESCRIPTIONS.get(kind) || '';
  if (kind === 'trigger' && !isBlankText(channelText) && !text.includes(channelText))
    return { text: `${text.replace(/\.\s*$/, '')}: ${channelText}`, field: 'summary' };
  return { text, field: 'summary' };
}

export const pagerdutyReader: TimelineReader = {
  format: 'pagerduty',
  label: 'PagerDuty incident log entries (JSON)',
  detect({ json }) {
    if (isRecord(json)) return Array.isArray(json.log_entries);
    return Array.isArray(json) && LOG_ENTRY_TYPE.test(textOf(firstRecord(json)?.type));
  },
  read(file, options) {
    const read = readJsonFile(file);
    if (!read.ok) return read.preview;
    const log = logEntriesOf(read.json);
    if (log === null) return { events: [], rejected: [{ line: 1, reason: 'file: has no "log_entries" array of PagerDuty log entries' }] };
    if (log.entries.length === 0) return { events: [], rejected: [{ line: 1, reason: `${log.path || 'file'}: holds no log entries` }] };
    const incidentOrigin = textAt(log.incident, 'service', 'summary') || textAt(log.incident, 'summary');
    const collector = new EntryCollector('pagerduty_import', options);
    log.entries.forEach((entry, index) => {
      const line = index + 1;
      const path = `${log.path}[${index}]`;
      if (!isRecord(entry)) return collector.reject(line, `${path}: is not a log entry object`);
      const time = entryTime(entry.created_at, options);
      if (!time.ok) return collector.reject(line, `${path}.created_at: ${time.message}`);
      const kind = kindOf(entry);
      const description = describe(entry, kind);
      collector.add(line, path, {
        occurredAt: time.occurredAt,
        description: description.text,
        descriptionField: description.field,
        actor: textAt(entry, 'agent', 'summary'),
        actorField: 'agent.summary',
        phase: PHASES.get(kind) ?? 'other',
        origin: textAt(entry, 'service', 'summary') || textAt(entry, 'incident', 'summary') || incidentOrigin,
      });
    });
    return collector.preview;
  },
};
