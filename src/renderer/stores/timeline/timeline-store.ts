import type { MethodInput } from '../../../shared/api/contract.ts';
import { TIMELINE_PAGE_MAX } from '../../../shared/api/timeline.ts';
import type { ImportedEvent } from '../../../shared/timeline/import-result.ts';
import type { TimelineEvent, TimelinePhase, TimePrecision } from '../../../shared/domain/timeline.ts';
import { checkInput } from '../../api/check-input.ts';
import type { ApiClient } from '../../api/client.ts';
import { toFormError } from '../../api/field-errors.ts';
import { newId } from '../../api/new-id.ts';
import { failed, succeeded, type ActionResult } from '../action-result.ts';
import { createMeetingCollection, type CollectionState } from '../meeting-collection.ts';
import { withEvent } from './timeline-sync.ts';
import type { UndoStack } from '../undo-stack.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { sendImport, type ImportApi } from '../../../shared/timeline/send-import.ts';

export type TimelineField = 'time' | 'date' | 'description' | 'actor';

export const TIMELINE_FORM_FIELDS: Readonly<Record<string, TimelineField>> = {
  occurredAt: 'time',
  precision: 'time',
  description: 'description',
  actor: 'actor',
};

export interface TimelineEntryFields {
  occurredAt: number;
  precision: TimePrecision;
  description: string;
  actor: string;
  /** Left out by forms that do not ask for it: a new event is then 'other'. */
  phase?: TimelinePhase;
}

/** An edit: the fields the row editor changed, or the key-moment star alone. */
export type TimelinePatch = Partial<TimelineEntryFields> & { keyMoment?: boolean };

type AddInput = MethodInput<'timeline.add'> & { id: string };
export type ImportOutcome = { ok: true; count: number } | { ok: true; cancelled: true } | { ok: false; message: string };

export interface ImportProgress {
  /** The file's name, as the undo toast quotes it. */
  name: string;
  /** After each stored chunk: events stored so far, of how many. */
  onProgress?: (stored: number, total: number) => void;
  /** Cancel: what was stored is removed again. */
  signal?: AbortSignal;
}

export interface TimelineState extends CollectionState<TimelineEvent, TimelineField, TimelinePatch> {
  add(fields: TimelineEntryFields): ActionResult<TimelineField, string>;
  /**
   * Sends a previewed import in chunks (sendImport): it lands whole or not at all, and Ctrl/Cmd+Z or the toast
   * removes all of it as one step. Each chunk's change event makes every window read the timeline again.
   */
  importEvents(meetingId: string, events: readonly ImportedEvent[], progress: ImportProgress): Promise<ImportOutcome>;
}

/**
 * The whole timeline, a page at a time: a 100,000-event timeline read at once held the server for half a second, and
 * every other window's call with it. Changes made meanwhile are laid over it by the collection.
 */
async function listInPages(client: ApiClient, meetingId: string): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  for (;;) {
    const last = events.at(-1);
    const after = last && { occurredAt: last.occurredAt, createdAt: last.createdAt, id: last.id };
    const page = await client.call('timeline.list', { meetingId, limit: TIMELINE_PAGE_MAX, ...(after ? { after } : {}) });
    for (const event of page) events.push(event);
    if (page.length < TIMELINE_PAGE_MAX) return events;
  }
}

export function createTimelineStore(client: ApiClient, undo: UndoStack, now: () => number = Date.now) {
  /** This window's imports still running: their chunks are read once, at the end, not chunk by chunk. */
  const ownImports = new Set<string>();
  const importApi: ImportApi = {
    start: (input) => client.call('timeline.importStart', input),
    chunk: (input) => client.call('timeline.import', input),
    finish: (input) => client.call('timeline.importFinish', input),
    remove: (input) => client.call('timeline.importRemove', input),
  };
  return createMeetingCollection<TimelineEvent, AddInput, TimelineField, TimelinePatch, Pick<TimelineState, 'add' | 'importEvents'>>(
    client,
    undo,
    {
      entity: 'timeline_event',
      // An import is one change for many new events: read the whole timeline once.
      refetchOn: ['timeline_import'],
      readsLater: (change) => change.entity === 'timeline_import' && ownImports.has(change.entityId),
      load: async (meetingId) => ({ items: await listInPages(client, meetingId) }),
      fetchOne: (id) => client.call('timeline.get', { id }),
      place: withEvent,
      add: (input) => client.call('timeline.add', input),
      checkUpdate: (id, patch) => checkInput('timeline.update', { id, patch }),
      update: (id, patch) => client.call('timeline.update', { id, patch }),
      // A star shows at once (and goes back if refused); typed edits wait for the reply, as the row editor expects.
      patchLocally: (event, patch) => (patch.keyMoment === undefined ? event : { ...event, keyMoment: patch.keyMoment }),
      delete: (id) => client.call('timeline.delete', { id }),
      restoreInput: ({ id, meetingId, occurredAt, precision, description, actor, phase, source, origin, keyMoment, author, createdAt }) => ({
        id,
        meetingId,
        occurredAt,
        precision,
        description,
        actor,
        phase,
        source,
        origin,
        keyMoment,
        author,
        createdAt,
      }),
      deletedText: (event) => event.description,
      formFields: TIMELINE_FORM_FIELDS,
    },
    ({ get, send, refetch }) => ({
      add(fields) {
        const meetingId = get().meetingId;
        if (!meetingId) return failed<TimelineField>({ field: null, message: 'Open a meeting before adding to its timeline.' });
        const id = newId();
        const input = { id, meetingId, ...fields, source: 'quick_entry' as const };
        const invalid = checkInput('timeline.add', input);
        if (invalid) return failed(toFormError(invalid, TIMELINE_FORM_FIELDS));
        const at = now();
        send(input, {
          id,
          meetingId,
          occurredAt: fields.occurredAt,
          precision: fields.precision,
          description: fields.description.trim(),
          actor: fields.actor.trim(),
          phase: fields.phase ?? 'other',
          source: 'quick_entry',
          origin: '',
          keyMoment: false,
          author: '',
          createdAt: at,
          updatedAt: at,
        });
        return succeeded(id);
      },

      async importEvents(meetingId, events, { name, onProgress, signal }) {
        const importId = newId();
        ownImports.add(importId);
        try {
          const sent = await sendImport({ meetingId, importId, events, api: importApi, onProgress, signal });
          if (sent.state === 'cancelled') return { ok: true, cancelled: true };
          undo.getState().push({
            verb: 'Imported',
            text: name,
            more: `(${sent.count.toLocaleString('en-US')} ${sent.count === 1 ? 'event' : 'events'})`,
            restore: () => void client.call('timeline.importRemove', { id: importId }),
          });
          return { ok: true, count: sent.count };
        } catch (error) {
          return { ok: false, message: errorMessage(error, 'Something went wrong; nothing was imported.') };
        } finally {
          ownImports.delete(importId);
          void refetch();
        }
      },
    }),
  );
}
