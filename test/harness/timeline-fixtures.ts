import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readableFormats } from '../../src/shared/timeline/formats/registry.ts';
import { sniffFile } from '../../src/shared/timeline/formats/sniff-file.ts';
import type { TimelineFile, TimelineFormat } from '../../src/shared/timeline/formats/timeline-reader.ts';
import type { ImportedEvent } from '../../src/shared/timeline/import-result.ts';

/** The incident of the fixtures was reviewed from Berlin; every fixture time carries its own offset, so this zone never applies. */
export const context = { timeZone: 'Europe/Berlin', anchorDate: '2026-11-20' };

/** A fixture of test/fixtures/timeline-formats as the CLI or the dialog would hand it to a reader. */
export function fixtureFile(relative: string): TimelineFile {
  const file = path.join(import.meta.dirname, '../fixtures/timeline-formats', relative);
  return { name: path.basename(file), bytes: readFileSync(file) };
}

export const textFile = (name: string, text: string): TimelineFile => ({ name, bytes: new TextEncoder().encode(text) });
export const jsonFile = (name: string, value: unknown): TimelineFile => textFile(name, JSON.stringify(value));

/**
 * The formats other than `own` whose reader claims the file. JSON Lines logs are left out: that reader takes any
 * JSON Lines by design and is tried after every tool format (see TIMELINE_FORMATS), so it never hides one.
 */
export function otherClaims(file: TimelineFile, own: TimelineFormat): TimelineFormat[] {
  const sniffed = sniffFile(file);
  return readableFormats()
    .filter((reader) => reader.format !== own && reader.format !== 'jsonl' && reader.detect(sniffed))
    .map((reader) => reader.format);
}

const iso = (ms: number) => new Date(ms).toISOString();

/** An event as the tests compare it: line, UTC time, phase, actor, description. */
export const row = (event: ImportedEvent) => [event.line, iso(event.occurredAt), event.phase, event.actor, event.description] as const;
