import { ACTOR_MAX, ORIGIN_MAX, TIMELINE_DESCRIPTION_MAX } from '../../api/timeline.ts';
import type { TimelinePhase, TimelineSource } from '../../domain/timeline.ts';
import { checkActor, checkDescription } from '../event-fields.ts';
import { IMPORT_EVENTS_MAX, type ImportContext, type ImportPreview } from '../import-result.ts';
import { parseTimestampText } from '../timestamp-text.ts';
import { unreadable, utf8Text } from './file-text.ts';
import { sniffFile } from './sniff-file.ts';
import type { ReaderOptions, TimelineFile } from './timeline-reader.ts';

/**
 * What the readers of tool exports (PagerDuty, Opsgenie, Alertmanager, GitHub deployments) share: each walks the
 * entries of a parsed JSON document and turns every entry into one event or one rejection that names the entry by its
 * path in the document (`log_entries[3].created_at: ...`).
 */

export type JsonRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field as text: strings as they are, numbers written out, anything else empty. */
export const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

/** `record.a.b` as text, empty when any step is missing. */
export function textAt(record: unknown, ...path: string[]): string {
  let value = record;
  for (const key of path) {
    if (!isRecord(value)) return '';
    value = value[key];
  }
  return textOf(value);
}

/** The first record of an array, for detection: exports list their entries first to last. */
export const firstRecord = (value: unknown): JsonRecord | null => (Array.isArray(value) && isRecord(value[0]) ? value[0] : null);

const DATE_FIRST = /^\s*\d{4}-\d{2}-\d{2}[T ]/;

export type EntryTime = { ok: true; occurredAt: number } | { ok: false; message: string };

/**
 * A date and time as these APIs write them (ISO 8601 / RFC 3339, any offset, up to nanoseconds), as UTC epoch ms.
 * A time without an offset is read in the meeting's zone; a time without a date is refused, since an export always
 * carries one and guessing the day would misplace the event.
 */
export function entryTime(value: unknown, context: ImportContext): EntryTime {
  if (value === undefined || value === null) return { ok: false, message: 'is missing' };
  if (typeof value !== 'string') return { ok: false, message: 'must be a date and time as text, for example 2026-11-20T14:05:09Z' };
  if (!DATE_FIRST.test(value)) {
    return { ok: false, message: `"${value.trim().slice(0, 40)}" is not a date and time (ISO 8601, for example 2026-11-20T14:05:09Z)` };
  }
  const parsed = parseTimestampText(value, context);
  return parsed.ok ? { ok: true, occurredAt: parsed.occurredAt } : { ok: false, message: parsed.message };
}

/** Whether a time is inside the chosen window (both ends inclusive); events outside are left out, not rejected. */
export const inWindow = (occurredAt: number, options: Pick<ReaderOptions, 'from' | 'until'>): boolean =>
  (options.from === undefined || occurredAt >= options.from) && (options.until === undefined || occurredAt <= options.until);

/**
 * Text cut to `max` characters when longer, saying so at its end. Tools store notes far longer than a timeline line
 * (an Opsgenie note holds 25,000 characters); the event is worth keeping with the start of the text.
 */
export function fitText(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const marker = ` … (cut from ${trimmed.length.toLocaleString('en-US')} characters)`;
  let end = max - marker.length;
  // Never split a surrogate pair.
  const code = trimmed.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return trimmed.slice(0, end) + marker;
}

/** Where an event came from, as the timeline shows it: one line, without control characters, at most ORIGIN_MAX. */
export const originText = (text: string): string => fitText(text.replace(/\p{Cc}+/gu, ' ').replace(/\s+/g, ' '), ORIGIN_MAX);

/** The parts of an event a reader works out; the collector checks the text and the window. */
export interface EntryEvent {
  occurredAt: number;
  description: string;
  /** The field the description was taken from, for the rejection when it cannot be stored. */
  descriptionField: string;
  actor: string;
  actorField: string;
  phase: TimelinePhase;
  origin: string;
}

/** Gathers one file's events and rejections, checking each event's text exactly as the API will. */
export class EntryCollector {
  readonly preview: ImportPreview = { events: [], rejected: [] };

  private readonly source: TimelineSource;
  private readonly options: ReaderOptions;

  constructor(source: TimelineSource, options: ReaderOptions) {
    this.source = source;
    this.options = options;
  }

  reject(line: number, reason: string): void {
    this.preview.rejected.push({ line, reason });
  }

  /** Adds the event at `path` (e.g. `log_entries[3]`), or its rejection; an event outside the window is left out. */
  add(line: number, path: string, event: EntryEvent): void {
    if (!inWindow(event.occurredAt, this.options)) return;
    const description = checkDescription(fitText(event.description, TIMELINE_DESCRIPTION_MAX));
    if (!description.ok) return this.reject(line, `${path}.${event.descriptionField}: ${description.message}`);
    const actor = checkActor(fitText(event.actor, ACTOR_MAX));
    if (!actor.ok) return this.reject(line, `${path}.${event.actorField}: ${actor.message}`);
    if (this.preview.events.length >= IMPORT_EVENTS_MAX) {
      return this.reject(line, `${path}: one file gives at most ${IMPORT_EVENTS_MAX.toLocaleString('en-US')} events`);
    }
    this.preview.events.push({
      line,
      occurredAt: event.occurredAt,
      precision: 'second',
      description: description.value,
      actor: actor.value,
      phase: event.phase,
      source: this.source,
      origin: originText(event.origin),
    });
  }
}

export type JsonFile = { ok: true; json: unknown } | { ok: false; preview: ImportPreview };

/** The file as one JSON document, or the one rejection that says why it is not. */
export function readJsonFile(file: TimelineFile): JsonFile {
  const { json } = sniffFile(file);
  if (json !== undefined) return { ok: true, json };
  const text = utf8Text(file.bytes);
  if (text === null) return { ok: false, preview: unreadable('file: is not UTF-8 text') };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : '';
    return { ok: false, preview: unreadable(`file: is not a JSON document${detail === '' ? '' : ` (${detail})`}`) };
  }
}
