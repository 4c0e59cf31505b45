import type { MethodInput, MethodResult } from '../api/contract.ts';
import { MAX_MESSAGE_BYTES } from '../api/wire.ts';
import { IMPORT_CHUNK_MAX, type ImportedEvent } from './import-result.ts';

type ImportMethod = 'timeline.importStart' | 'timeline.import' | 'timeline.importFinish' | 'timeline.importRemove';

/** The API as each side has it (the page's client, the CLI's in-process dispatch): answers, or throws the error. */
export type ImportCall = <M extends ImportMethod>(method: M, input: MethodInput<M>) => Promise<MethodResult<M>>;

type ChunkEvent = MethodInput<'timeline.import'>['events'][number];

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
  for (const event of events) {
    const sent = toChunkEvent(event);
    const size = encoder.encode(JSON.stringify(sent)).byteLength + 1;
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
  call: ImportCall;
  /** After each stored chunk: how many events are in so far, of how many. */
  onProgress?: (stored: number, total: number) => void;
  /** Cancel: the chunks already stored are removed again, in one transaction. */
  signal?: AbortSignal;
}

export type SendImportOutcome = { state: 'finished'; count: number } | { state: 'cancelled' };

/**
 * Stores a previewed import in chunks (timeline.importStart, timeline.import per chunk, timeline.importFinish), so
 * other windows and writers wait for one chunk at most. Cancelling, or a chunk that fails, removes what was stored:
 * the import lands whole or not at all. The failure is then thrown on.
 */
export async function sendImport(options: SendImportOptions): Promise<SendImportOutcome> {
  const { meetingId, importId, events, call, onProgress, signal } = options;
  const chunks = importChunks(events);
  await call('timeline.importStart', { meetingId, id: importId });
  let stored = 0;
  try {
    for (const chunk of chunks) {
      if (signal?.aborted) {
        await call('timeline.importRemove', { id: importId });
        return { state: 'cancelled' };
      }
      stored += (await call('timeline.import', { importId, events: chunk })).count;
      onProgress?.(stored, events.length);
    }
    await call('timeline.importFinish', { id: importId });
  } catch (error) {
    // Best effort: if this fails too, the service removes the import once it has been quiet for a while.
    await call('timeline.importRemove', { id: importId }).catch(() => undefined);
    throw error;
  }
  return { state: 'finished', count: stored };
}
