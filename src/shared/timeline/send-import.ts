import type { z } from 'zod';
import type { importTimelineInput, startTimelineImportInput, timelineImportIdInput } from '../api/timeline.ts';
import type { TimelineImport } from '../domain/timeline-import.ts';
import { MAX_MESSAGE_BYTES } from '../api/wire.ts';
import { IMPORT_CHUNK_MAX, type ImportedEvent } from './import-result.ts';

type ChunkInput = z.infer<typeof importTimelineInput>;
type ChunkEvent = ChunkInput['events'][number];
type ImportIdInput = z.infer<typeof timelineImportIdInput>;

/**
 * The four calls of an import, as each side makes them (the page's client, the CLI's in-process dispatch): each
 * answers, or throws the error. The callers name the methods, as clients do; src/shared only declares them.
 */
export interface ImportApi {
  start(input: z.infer<typeof startTimelineImportInput>): Promise<TimelineImport>;
  chunk(input: ChunkInput): Promise<{ count: number }>;
  finish(input: ImportIdInput): Promise<TimelineImport>;
  remove(input: ImportIdInput): Promise<TimelineImport>;
}

/** Leaves room in one API message for the envelope around the events. */
const CHUNK_BYTES_MAX = Math.floor(MAX_MESSAGE_BYTES * 0.8);

const toChunkEvent = ({ occurredAt, precision, description, actor, phase, source, origin }: ImportedEvent): ChunkEvent => ({
  occurredAt,
  precision,
  description,
  actor,
  phase,
  source,
  origin,
});

/** Splits events into chunks of at most IMPORT_CHUNK_MAX events that each fit one API message. */
export function importChunks(events: readonly ImportedEvent[], bytesMax: number = CHUNK_BYTES_MAX): ChunkEvent[][] {
  const chunks: ChunkEvent[][] = [];
  let chunk: ChunkEvent[] = [];
  let bytes = 0;
  const encoder = new TextEncoder();
  // Encoded into one reused buffer: a new array per event cost more than the rest of the chunking.
  let scratch = new Uint8Array(4096);
  for (const event of events) {
    const sent = toChunkEvent(event);
    const json = JSON.stringify(sent);
    if (scratch.length < json.length * 3) scratch = new Uint8Array(json.length * 3);
    const size = encoder.encodeInto(json, scratch).written + 1;
    if (chunk.length > 0 && (chunk.length >= IMPORT_CHUNK_MAX || bytes + size > bytesMax)) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(sent);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

export interface SendImportOptions {
  meetingId: string;
  /** Chosen by the caller, so a retried start opens one import, and undo can name it. */
  importId: string;
  events: readonly ImportedEvent[];
  api: ImportApi;
  /** After each stored chunk: how many events are in so far, of how many. */
  onProgress?: (stored: number, total: number) => void;
  /** Cancel: the chunks already stored are removed again, in one transaction. */
  signal?: AbortSignal;
}

export type SendImportOutcome = { state: 'finished'; count: number } | { state: 'cancelled' };

/**
 * Stores a previewed import in chunks (start, one call per chunk, finish), so
 * other windows and writers wait for one chunk at most. Cancelling, or a chunk that fails, removes what was stored:
 * the import lands whole or not at all. The failure is then thrown on.
 */
export async function sendImport(options: SendImportOptions): Promise<SendImportOutcome> {
  const { meetingId, importId, events, api, onProgress, signal } = options;
  const chunks = importChunks(events);
  await api.start({ meetingId, id: importId });
  let stored = 0;
  try {
    for (const chunk of chunks) {
      if (signal?.aborted) {
        await api.remove({ id: importId });
        return { state: 'cancelled' };
      }
      stored += (await api.chunk({ importId, events: chunk })).count;
      onProgress?.(stored, events.length);
    }
    await api.finish({ id: importId });
  } catch (error) {
    // Best effort: if this fails too, the service removes the import once it has been quiet for a while.
    await api.remove({ id: importId }).catch(() => undefined);
    throw error;
  }
  return { state: 'finished', count: stored };
}
