import type { ImportPreview } from '../import-result.ts';
import { sniffFile } from './sniff-file.ts';
import { EntryCollector, entryTime, isRecord, textAt, textOf, type JsonRecord } from './json-entries.ts';
import type { ReaderOptions, TimelineFile, TimelineReader } from './timeline-reader.ts';

/**
 * Prometheus Alertmanager's webhook notifications (`webhook_config`), payload version "4":
 * `{ version, groupKey, truncatedAlerts, status, receiver, groupLabels, commonLabels, commonAnnotations, externalURL,
 * alerts: [ { status, labels, annotations, startsAt, endsAt, generatorURL, fingerprint } ] }`.
 * A file holds one payload, a JSON array of payloads, or JSON Lines with one payload a line (what a receiver that
 * appends each request body to a file keeps). Every notification repeats the alerts of its group, so the same alert
 * with the same start (and end) is imported once.
 */

const SUPPORTED_VERSION = '4';

/** Where an event's words come from, for a rejection of them. */
const TITLE_FIELDS = 'labels.alertname, labels.instance or annotations.summary';

/** Alertmanager writes Go's zero time as the end of an alert that has not ended. */
const ZERO_TIME = /^0001-01-01T/;

/** A webhook payload of any version: its `alerts` array and a `version` or `groupKey` (Grafana's copy has both too). */
const isPayload = (value: unknown): value is JsonRecord =>
  isRecord(value) && Array.isArray(value.alerts) && (typeof value.version === 'string' || typeof value.groupKey === 'string');

/** The first line of a JSON Lines file, parsed; undefined when it is not JSON. */
function firstLineJson(text: string): unknown {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const end = text.indexOf('\n', start);
  try {
    return JSON.parse(text.slice(start, end < 0 ? undefined : end)) as unknown;
  } catch {
    return undefined;
  }
}

interface Payload {
  value: unknown;
  /** How rejections name it: empty for a lone payload, `[2]` in an array; in JSON Lines the line number says it. */
  path: string;
  /** The file line, for JSON Lines; null when events are numbered by alert. */
  line: number | null;
}

/** The payloads of the file, or the one rejection that says why it has none. */
function payloadsOf(text: string, preview: ImportPreview): Payload[] {
  const trimmed = text.trim();
  if (trimmed === '') {
    preview.rejected.push({ line: 1, reason: 'file: is empty' });
    return [];
  }
  try {
    const json = JSON.parse(trimmed) as unknown;
    if (Array.isArray(json)) return json.map((value, index) => ({ value, path: `[${index}]`, line: null }));
    return [{ value: json, path: '', line: null }];
  } catch {
    // Not one JSON document: JSON Lines, one payload a line.
  }
  const payloads: Payload[] = [];
  text.split('\n').forEach((lineText, index) => {
    if (lineText.trim() === '') return;
    try {
      payloads.push({ value: JSON.parse(lineText) as unknown, path: '', line: index + 1 });
    } catch (error) {
      const detail = error instanceof Error ? ` (${error.message.slice(0, 80)})` : '';
      preview.rejected.push({ line: index + 1, reason: `payload: is not JSON${detail}` });
    }
  });
  return payloads;
}

/** "HighErrorRate on api-1:9100 — Checkout 5xx above 5%", from the alert's labels and annotations. */
function alertTitle(alert: JsonRecord): string {
  const name = textAt(alert, 'labels', 'alertname').trim() || 'an alert without a name';
  const instance = textAt(alert, 'labels', 'instance').trim();
  const summary = (textAt(alert, 'annotations', 'summary') || textAt(alert, 'annotations', 'description')).trim();
  return `${name}${instance === '' ? '' : ` on ${instance}`}${summary === '' ? '' : ` — ${summary}`}`;
}

/** The same alert in every notification: Alertmanager's fingerprint, else its labels in a fixed order. */
function alertIdentity(alert: JsonRecord): string {
  const fingerprint = textOf(alert.fingerprint);
  if (fingerprint !== '') return `fingerprint:${fingerprint}`;
  const labels = isRecord(alert.labels) ? alert.labels : {};
  return `labels:${JSON.stringify(
    Object.keys(labels)
      .sort()
      .map((key) => [key, textOf(labels[key])]),
  )}`;
}

function readPayloads(file: TimelineFile, options: ReaderOptions): ImportPreview {
  const collector = new EntryCollector('alertmanager_import', options);
  const text = sniffFile(file).text;
  if (text === null) {
    collector.reject(1, 'file: is not UTF-8 text');
    return collector.preview;
  }
  const seen = new Set<string>();
  let alertNumber = 0;
  for (const payload of payloadsOf(text, collector.preview)) {
    const payloadLine = payload.line ?? alertNumber + 1;
    const at = (field: string) => (payload.path === '' ? field : `${payload.path}.${field}`);
    if (!isRecord(payload.value)) {
      collector.reject(payloadLine, `${payload.path || 'payload'}: is not a webhook payload object`);
      continue;
    }
    const value = payload.value;
    const version = value.version;
    if (version !== SUPPORTED_VERSION) {
      const found = typeof version === 'string' ? `is "${version.slice(0, 20)}"` : 'is missing';
      collector.reject(payloadLine, `${at('version')}: ${found}; Debrief reads Alertmanager webhook payloads of version "4"`);
      continue;
    }
    const alerts = value.alerts;
    if (!Array.isArray(alerts)) {
      collector.reject(payloadLine, `${at('alerts')}: is missing; a webhook payload lists its alerts there`);
      continue;
    }
    const receiver = textOf(value.receiver);
    alerts.forEach((alert, index) => {
      alertNumber += 1;
      const line = payload.line ?? alertNumber;
      const path = at(`alerts[${index}]`);
      if (!isRecord(alert)) return collector.reject(line, `${path}: is not an alert object`);
      const starts = entryTime(alert.startsAt, options);
      if (!starts.ok) return collector.reject(line, `${path}.startsAt: ${starts.message}`);
      const identity = `${alertIdentity(alert)}|${starts.occurredAt}`;
      const title = alertTitle(alert);
      const origin = receiver || textAt(alert, 'labels', 'alertname');
      if (!seen.has(identity)) {
        seen.add(identity);
        collector.add(line, path, {
          occurredAt: starts.occurredAt,
          description: `Firing: ${title}`,
          descriptionField: TITLE_FIELDS,
          actor: 'Alertmanager',
          actorField: 'receiver',
          phase: 'detection',
          origin,
        });
      }
      const status = textOf(alert.status) || textOf(value.status);
      const endsText = textOf(alert.endsAt);
      if (status !== 'resolved' || endsText === '' || ZERO_TIME.test(endsText)) return;
      const ends = entryTime(alert.endsAt, options);
      if (!ends.ok) return collector.reject(line, `${path}.endsAt: ${ends.message}`);
      const endIdentity = `${identity}|${ends.occurredAt}`;
      if (seen.has(endIdentity)) return;
      seen.add(endIdentity);
      collector.add(line, path, {
        occurredAt: ends.occurredAt,
        description: `Resolved: ${title}`,
        descriptionField: TITLE_FIELDS,
        actor: 'Alertmanager',
        actorField: 'receiver',
        phase: 'resolution',
        origin,
      });
    });
  }
  return collector.preview;
}

export const alertmanagerReader: TimelineReader = {
  format: 'alertmanager',
  label: 'Alertmanager webhook payloads (JSON or JSON Lines)',
  detect({ json, text }) {
    if (json !== undefined) return isPayload(json) || (Array.isArray(json) && isPayload(json[0]));
    return text !== null && isPayload(firstLineJson(text));
  },
  read: readPayloads,
};
