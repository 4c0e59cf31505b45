import type { MethodInput } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { TimelineEvent, TimelinePhase, TimePrecision } from '../../shared/domain/timeline.ts';
import { checkInput } from '../api/check-input.ts';
import type { ApiClient, ClientEvent } from '../api/client.ts';
import { toFormError } from '../api/field-errors.ts';
import { newId } from '../api/new-id.ts';
import { failed, succeeded, type ActionResult } from './action-result.ts';
import { coalescedRefetch } from './coalesced-refetch.ts';
import { createDomainStore } from './create-domain-store.ts';
import type { LoadState } from './meetings-store.ts';
import { withoutKey } from './records.ts';
import type { EntryStatus } from './timeline-rows.ts';
import { followTimelineChanges, withEvent, withoutEvent } from './timeline-sync.ts';
import { errorMessage } from '../../shared/error-message.ts';

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

type AddInput = MethodInput<'timeline.add'>;

export interface TimelineState {
  /** The meeting whose timeline this window shows. */
  meetingId: string | null;
  /** The events as the database has them: the last fetch plus this window's confirmed writes. */
  events: TimelineEvent[];
  /** Adds sent but not yet confirmed, or refused; shown in place so typing never waits for the round trip. */
  drafts: Record<string, TimelineEvent>;
  /** Events whose delete is on its way. */
  hidden: Record<string, true>;
  statuses: Record<string, EntryStatus>;
  loadState: LoadState;
  loadError: string | null;
  /** The last event this window deleted, while its undo is offered. */
  lastDeleted: TimelineEvent | null;

  open(meetingId: string): Promise<void>;
  close(): void;
  add(fields: TimelineEntryFields): ActionResult<TimelineField, string>;
  update(id: string, patch: Partial<TimelineEntryFields>): Promise<ActionResult<TimelineField>>;
  remove(id: string): Promise<void>;
  undoRemove(): void;
  /** Sends a refused add again (same id, so it is stored once). */
  retry(id: string): void;
  /** Drops a refused add, or forgets a refused edit's error once the edit is abandoned. */
  dismissError(id: string): void;
  dismissUndo(): void;
}

const describe = (error: unknown) => errorMessage(error, 'Something went wrong.');

export function createTimelineStore(client: ApiClient, now: () => number = Date.now) {
  return createDomainStore<TimelineState>((set, get) => {
    /** Inputs of adds that were refused, kept for a retry. */
    const refusedAdds = new Map<string, AddInput>();

    const isCurrent = (meetingId: string) => get().meetingId === meetingId;

    const fetchEvents = coalescedRefetch(async () => {
      const meetingId = get().meetingId;
      if (!meetingId) return;
      try {
        const events = await client.call('timeline.list', { meetingId });
        if (!isCurrent(meetingId)) return;
        set((state) => {
          const stored = new Set(events.map((event) => event.id));
          const drafts = Object.fromEntries(Object.entries(state.drafts).filter(([id]) => !stored.has(id)));
          return { events, drafts, loadState: 'ready', loadError: null };
        });
      } catch (error) {
        if (isCurrent(meetingId)) set({ loadState: 'error', loadError: describe(error) });
      }
    });

    const sendAdd = async (input: AddInput & { id: string }) => {
      try {
        const event = await client.call('timeline.add', input);
        refusedAdds.delete(input.id);
        if (!isCurrent(input.meetingId)) return;
        set((state) => ({
          events: withEvent(state.events, event),
          drafts: withoutKey(state.drafts, event.id),
          statuses: { ...state.statuses, [event.id]: { state: 'saved' } },
        }));
      } catch (error) {
        refusedAdds.set(input.id, input);
        if (!isCurrent(input.meetingId)) return;
        set((state) => ({
          statuses: { ...state.statuses, [input.id]: { state: 'error', message: describe(error), canRetry: true } },
        }));
      }
    };

    /** Shows the event at once and sends it; the row's status tells how it went. */
    const addDraft = (input: AddInput & { id: string }, draft: TimelineEvent) => {
      set((state) => ({
        drafts: { ...state.drafts, [draft.id]: draft },
        statuses: { ...state.statuses, [draft.id]: { state: 'saving' } },
      }));
      void sendAdd(input);
    };

    // A pushed change is applied by reading that one event: never the whole timeline per keystroke.
    const followChange = followTimelineChanges({
      fetchOne: (id) => client.call('timeline.get', { id }),
      currentMeetingId: () => get().meetingId,
      put: (meetingId, event) => {
        if (isCurrent(meetingId)) set((state) => ({ events: withEvent(state.events, event), drafts: withoutKey(state.drafts, event.id) }));
      },
      drop: (meetingId, id) => {
        if (isCurrent(meetingId)) set((state) => ({ events: withoutEvent(state.events, id) }));
      },
      refetchAll: () => void fetchEvents(),
    });

    // This window's own add: its reply carries the stored event, so reading it again would only add load while typing.
    const isOwnAddOnItsWay = (change: { op: string; entityId: string }) =>
      change.op === 'created' && Object.hasOwn(get().drafts, change.entityId) && get().statuses[change.entityId]?.state === 'saving';

    client.subscribe((event: ClientEvent) => {
      const meetingId = get().meetingId;
      if (!meetingId || event.event === 'command') return;
      // Caught up change by change (the changes came just before), or read again in full.
      if (event.event === 'resync') {
        if (!event.caughtUp?.has(meetingId)) void fetchEvents();
      }
      else if (event.payload.meetingId === meetingId && event.payload.entity === 'timeline_event' && !isOwnAddOnItsWay(event.payload)) {
        void followChange(event.payload);
      }
      // An import is one change for many new events: read the whole timeline once.
      else if (event.payload.meetingId === meetingId && event.payload.entity === 'timeline_import') void fetchEvents();
    });

    return {
      meetingId: null,
      events: [],
      drafts: {},
      hidden: {},
      statuses: {},
      loadState: 'idle',
      loadError: null,
      lastDeleted: null,

      async open(meetingId) {
        if (get().meetingId !== meetingId) {
          refusedAdds.clear();
          set({ meetingId, events: [], drafts: {}, hidden: {}, statuses: {}, loadState: 'loading', loadError: null, lastDeleted: null });
        }
        await fetchEvents();
      },

      close() {
        refusedAdds.clear();
        set({ meetingId: null, events: [], drafts: {}, hidden: {}, statuses: {}, loadState: 'idle', loadError: null, lastDeleted: null });
      },

      add(fields) {
        const meetingId = get().meetingId;
        if (!meetingId) return failed<TimelineField>({ field: null, message: 'Open a meeting before adding to its timeline.' });
        const id = newId();
        const input = { id, meetingId, ...fields, source: 'quick_entry' as const };
        const invalid = checkInput('timeline.add', input);
        if (invalid) return failed(toFormError(invalid, TIMELINE_FORM_FIELDS));
        const at = now();
        addDraft(input, {
          id,
          meetingId,
          occurredAt: fields.occurredAt,
          precision: fields.precision,
          description: fields.description.trim(),
          actor: fields.actor.trim(),
          phase: fields.phase ?? 'other',
          source: 'quick_entry',
          author: '',
          createdAt: at,
          updatedAt: at,
        });
        return succeeded(id);
      },

      async update(id, patch) {
        const invalid = checkInput('timeline.update', { id, patch });
        if (invalid) return failed(toFormError(invalid, TIMELINE_FORM_FIELDS));
        const meetingId = get().meetingId;
        set((state) => ({ statuses: { ...state.statuses, [id]: { state: 'saving' } } }));
        try {
          const event = await client.call('timeline.update', { id, patch });
          if (meetingId && isCurrent(meetingId)) {
            set((state) => ({ events: withEvent(state.events, event), statuses: { ...state.statuses, [id]: { state: 'saved' } } }));
          }
          return succeeded(undefined);
        } catch (error) {
          if (meetingId && isCurrent(meetingId)) {
            set((state) => ({ statuses: { ...state.statuses, [id]: { state: 'error', message: describe(error), canRetry: false } } }));
          }
          return failed(toFormError(error, TIMELINE_FORM_FIELDS));
        }
      },

      async remove(id) {
        const state = get();
        if (Object.hasOwn(state.drafts, id) && refusedAdds.has(id)) {
          get().dismissError(id);
          return;
        }
        const event = state.events.find((candidate) => candidate.id === id);
        if (!event) return;
        set((current) => ({ hidden: { ...current.hidden, [id]: true } }));
        try {
          await client.call('timeline.delete', { id });
        } catch (error) {
          // Someone else deleted it first: the outcome the person asked for.
          if (!(error instanceof ApiError && error.code === 'not_found')) {
            if (isCurrent(event.meetingId)) {
              set((current) => ({
                hidden: withoutKey(current.hidden, id),
                statuses: { ...current.statuses, [id]: { state: 'error', message: `Not deleted: ${describe(error)}`, canRetry: false } },
              }));
            }
            return;
          }
        }
        if (!isCurrent(event.meetingId)) return;
        set((current) => ({
          events: current.events.filter((candidate) => candidate.id !== id),
          hidden: withoutKey(current.hidden, id),
          statuses: withoutKey(current.statuses, id),
          lastDeleted: event,
        }));
      },

      undoRemove() {
        const event = get().lastDeleted;
        if (!event || !isCurrent(event.meetingId)) return;
        set({ lastDeleted: null });
        addDraft(
          {
            id: event.id,
            meetingId: event.meetingId,
            occurredAt: event.occurredAt,
            precision: event.precision,
            description: event.description,
            actor: event.actor,
            phase: event.phase,
            source: event.source,
            author: event.author,
            createdAt: event.createdAt,
          },
          event,
        );
      },

      retry(id) {
        const input = refusedAdds.get(id);
        if (!input) return;
        set((state) => ({ statuses: { ...state.statuses, [id]: { state: 'saving' } } }));
        void sendAdd({ ...input, id });
      },

      dismissError(id) {
        refusedAdds.delete(id);
        set((state) => ({
          drafts: withoutKey(state.drafts, id),
          statuses: state.statuses[id]?.state === 'error' ? withoutKey(state.statuses, id) : state.statuses,
        }));
      },

      dismissUndo() {
        set({ lastDeleted: null });
      },
    };
  });
}
