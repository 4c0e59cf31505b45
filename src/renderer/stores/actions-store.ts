import type { MethodInput } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { ActionItem } from '../../shared/domain/actions.ts';
import type { Note } from '../../shared/domain/notes.ts';
import type { Why } from '../../shared/domain/whys.ts';
import { checkInput } from '../api/check-input.ts';
import type { ApiClient, ClientEvent } from '../api/client.ts';
import { toFormError } from '../api/field-errors.ts';
import { newId } from '../api/new-id.ts';
import { failed, succeeded, type ActionResult } from './action-result.ts';
import { movedItems } from './action-rows.ts';
import { coalescedRefetch } from './coalesced-refetch.ts';
import { createDomainStore } from './create-domain-store.ts';
import type { LoadState } from './meetings-store.ts';
import { withoutKey } from './records.ts';
import type { EntryStatus } from './timeline-rows.ts';
import { errorMessage } from '../../shared/error-message.ts';

export type ActionField = 'title' | 'owner' | 'dueOn' | 'priority' | 'horizon' | 'category' | 'status' | 'finding';

export const ACTION_FORM_FIELDS: Readonly<Record<string, ActionField>> = {
  title: 'title',
  owner: 'owner',
  dueOn: 'dueOn',
  priority: 'priority',
  horizon: 'horizon',
  category: 'category',
  status: 'status',
  whyId: 'finding',
  noteId: 'finding',
};

export type NewActionFields = Omit<MethodInput<'actions.add'>, 'meetingId' | 'id' | 'position'>;
export type ActionPatch = MethodInput<'actions.update'>['patch'];
type AddInput = MethodInput<'actions.add'> & { id: string };

export interface ActionsState {
  /** The meeting whose action items this window shows. */
  meetingId: string | null;
  /** The items as the database has them: the last fetch plus this window's confirmed writes and edits on their way. */
  items: ActionItem[];
  /** Adds sent but not yet confirmed, or refused; shown in place so typing never waits for the round trip. */
  drafts: Record<string, ActionItem>;
  /** Items whose delete is on its way. */
  hidden: Record<string, true>;
  statuses: Record<string, EntryStatus>;
  /** Keys of the checks the facilitator cleared in this meeting. */
  dismissedChecks: string[];
  /** The meeting's 5 Whys and notes: what items can address, and what the checks look for. */
  whys: Why[];
  notes: Note[];
  loadState: LoadState;
  loadError: string | null;
  /** The last item this window deleted, while its undo is offered. */
  lastDeleted: ActionItem | null;

  open(meetingId: string): Promise<void>;
  close(): void;
  add(fields: NewActionFields): ActionResult<ActionField, string>;
  update(id: string, patch: ActionPatch): Promise<ActionResult<ActionField>>;
  remove(id: string): Promise<void>;
  undoRemove(): void;
  move(id: string, position: number): Promise<void>;
  /** Sends a refused add again (same id, so it is stored once). */
  retry(id: string): void;
  dismissCheck(key: string): Promise<void>;
  restoreCheck(key: string): Promise<void>;
  dismissUndo(): void;
}

const describe = (error: unknown) => errorMessage(error, 'Something went wrong.');
const upsert = (items: readonly ActionItem[], item: ActionItem) => [...items.filter((other) => other.id !== item.id), item].sort((a, b) => a.position - b.position);
const EMPTY = { items: [], drafts: {}, hidden: {}, statuses: {}, dismissedChecks: [], whys: [], notes: [], loadError: null, lastDeleted: null };

export function createActionsStore(client: ApiClient, now: () => number = Date.now) {
  return createDomainStore<ActionsState>((set, get) => {
    const refusedAdds = new Map<string, AddInput>();
    const isCurrent = (meetingId: string | null) => meetingId !== null && get().meetingId === meetingId;

    const fetchAll = coalescedRefetch(async () => {
      const meetingId = get().meetingId;
      if (!meetingId) return;
      try {
        const [items, dismissedChecks] = await Promise.all([
          client.call('actions.list', { meetingId }),
          client.call('actions.listDismissedChecks', { meetingId }),
        ]);
        if (!isCurrent(meetingId)) return;
        set((state) => {
          const stored = new Set(items.map((item) => item.id));
          const drafts = Object.fromEntries(Object.entries(state.drafts).filter(([id]) => !stored.has(id)));
          return { items, drafts, dismissedChecks, loadState: 'ready', loadError: null };
        });
      } catch (error) {
        if (isCurrent(meetingId)) set({ loadState: 'error', loadError: describe(error) });
      }
    });

    const sendAdd = async (input: AddInput) => {
      try {
        const item = await client.call('actions.add', input);
        refusedAdds.delete(input.id);
        if (!isCurrent(input.meetingId)) return;
        set((state) => ({
          items: upsert(state.items, item),
          drafts: withoutKey(state.drafts, item.id),
          statuses: { ...state.statuses, [item.id]: { state: 'saved' } },
        }));
        // An add at a position moved others; the refetch brings their new positions.
        if (input.position !== undefined) void fetchAll();
      } catch (error) {
        refusedAdds.set(input.id, input);
        if (!isCurrent(input.meetingId)) return;
        set((state) => ({ statuses: { ...state.statuses, [input.id]: { state: 'error', message: describe(error), canRetry: true } } }));
      }
    };

    const draftFrom = (input: AddInput, position: number): ActionItem => {
      const at = now();
      return {
        id: input.id,
        meetingId: input.meetingId,
        position,
        title: input.title.trim(),
        owner: (input.owner ?? '').trim(),
        dueOn: input.dueOn ?? null,
        priority: input.priority ?? 'P1',
        horizon: input.horizon ?? 'short_term',
        category: input.category ?? null,
        status: input.status ?? 'open',
        whyId: input.whyId ?? null,
        noteId: input.noteId ?? null,
        author: (input.author ?? '').trim(),
        createdAt: at,
        updatedAt: at,
      };
    };

    const addDraft = (input: AddInput, draft: ActionItem) => {
      set((state) => ({
        drafts: { ...state.drafts, [draft.id]: draft },
        statuses: { ...state.statuses, [draft.id]: { state: 'saving' } },
      }));
      void sendAdd(input);
    };

    const fetchFindings = coalescedRefetch(async () => {
      const meetingId = get().meetingId;
      if (!meetingId) return;
      try {
        const [whys, notes] = await Promise.all([client.call('whys.list', { meetingId }), client.call('notes.list', { meetingId })]);
        if (isCurrent(meetingId)) set({ whys, notes });
      } catch (error) {
        if (isCurrent(meetingId)) set({ loadError: `Root causes and notes not loaded: ${describe(error)}` });
      }
    });

    client.subscribe((event: ClientEvent) => {
      const meetingId = get().meetingId;
      if (!meetingId || event.event === 'command') return;
      if (event.event === 'resync') {
        void fetchAll();
        void fetchFindings();
        return;
      }
      const { payload } = event;
      if (payload.meetingId !== meetingId) return;
      if (payload.entity === 'action_item' || payload.entity === 'action_check') void fetchAll();
      // A deleted why or note unlinks the items that addressed it, so the items are fetched again too.
      if (payload.entity === 'why' || payload.entity === 'note') {
        void fetchFindings();
        if (payload.op === 'deleted') void fetchAll();
      }
    });

    return {
      meetingId: null,
      ...EMPTY,
      loadState: 'idle',

      async open(meetingId) {
        if (get().meetingId !== meetingId) {
          refusedAdds.clear();
          set({ meetingId, ...EMPTY, loadState: 'loading' });
        }
        await Promise.all([fetchAll(), fetchFindings()]);
      },

      close() {
        refusedAdds.clear();
        set({ meetingId: null, ...EMPTY, loadState: 'idle' });
      },

      add(fields) {
        const meetingId = get().meetingId;
        if (!meetingId) return failed<ActionField>({ field: null, message: 'Open a meeting before adding action items.' });
        const input: AddInput = { ...fields, id: newId(), meetingId };
        const invalid = checkInput('actions.add', input);
        if (invalid) return failed(toFormError(invalid, ACTION_FORM_FIELDS));
        const state = get();
        addDraft(input, draftFrom(input, state.items.length + Object.keys(state.drafts).length));
        return succeeded(input.id);
      },

      async update(id, patch) {
        const invalid = checkInput('actions.update', { id, patch });
        if (invalid) return failed(toFormError(invalid, ACTION_FORM_FIELDS));
        const meetingId = get().meetingId;
        const before = get().items.find((item) => item.id === id);
        // Shown at once, so the live checks follow what was typed without waiting for the round trip.
        set((state) => ({
          items: before ? upsert(state.items, { ...before, ...patch, owner: patch.owner?.trim() ?? before.owner }) : state.items,
          statuses: { ...state.statuses, [id]: { state: 'saving' } },
        }));
        try {
          const item = await client.call('actions.update', { id, patch });
          if (isCurrent(meetingId)) set((state) => ({ items: upsert(state.items, item), statuses: { ...state.statuses, [id]: { state: 'saved' } } }));
          return succeeded(undefined);
        } catch (error) {
          if (isCurrent(meetingId)) {
            set((state) => ({
              items: before ? upsert(state.items, before) : state.items,
              statuses: { ...state.statuses, [id]: { state: 'error', message: describe(error), canRetry: false } },
            }));
          }
          return failed(toFormError(error, ACTION_FORM_FIELDS));
        }
      },

      async remove(id) {
        const state = get();
        if (Object.hasOwn(state.drafts, id) && refusedAdds.has(id)) {
          refusedAdds.delete(id);
          set((current) => ({ drafts: withoutKey(current.drafts, id), statuses: withoutKey(current.statuses, id) }));
          return;
        }
        const item = state.items.find((candidate) => candidate.id === id);
        if (!item) return;
        set((current) => ({ hidden: { ...current.hidden, [id]: true } }));
        try {
          await client.call('actions.delete', { id });
        } catch (error) {
          // Someone else deleted it first: the outcome the person asked for.
          if (!(error instanceof ApiError && error.code === 'not_found')) {
            if (isCurrent(item.meetingId)) {
              set((current) => ({
                hidden: withoutKey(current.hidden, id),
                statuses: { ...current.statuses, [id]: { state: 'error', message: `Not deleted: ${describe(error)}`, canRetry: false } },
              }));
            }
            return;
          }
        }
        if (!isCurrent(item.meetingId)) return;
        set((current) => ({
          items: current.items.filter((candidate) => candidate.id !== id),
          hidden: withoutKey(current.hidden, id),
          statuses: withoutKey(current.statuses, id),
          lastDeleted: item,
        }));
      },

      undoRemove() {
        const item = get().lastDeleted;
        if (!item || !isCurrent(item.meetingId)) return;
        set({ lastDeleted: null });
        // The same id, place and author: the item comes back as it was before the delete.
        const { id, meetingId, position, title, owner, dueOn, priority, horizon, category, status, whyId, noteId, author } = item;
        addDraft({ id, meetingId, position, title, owner, dueOn, priority, horizon, category, status, whyId, noteId, author }, item);
      },

      async move(id, position) {
        const meetingId = get().meetingId;
        set((state) => ({ items: movedItems(state.items, id, position) }));
        try {
          const items = await client.call('actions.move', { id, position });
          if (isCurrent(meetingId)) set({ items });
        } catch (error) {
          if (isCurrent(meetingId)) set((state) => ({ statuses: { ...state.statuses, [id]: { state: 'error', message: `Not moved: ${describe(error)}`, canRetry: false } } }));
          void fetchAll();
        }
      },

      retry(id) {
        const input = refusedAdds.get(id);
        if (!input) return;
        set((state) => ({ statuses: { ...state.statuses, [id]: { state: 'saving' } } }));
        void sendAdd(input);
      },

      async dismissCheck(key) {
        const meetingId = get().meetingId;
        if (!meetingId) return;
        set((state) => ({ dismissedChecks: state.dismissedChecks.includes(key) ? state.dismissedChecks : [...state.dismissedChecks, key] }));
        try {
          const dismissedChecks = await client.call('actions.dismissCheck', { meetingId, key });
          if (isCurrent(meetingId)) set({ dismissedChecks });
        } catch {
          void fetchAll();
        }
      },

      async restoreCheck(key) {
        const meetingId = get().meetingId;
        if (!meetingId) return;
        set((state) => ({ dismissedChecks: state.dismissedChecks.filter((other) => other !== key) }));
        try {
          const dismissedChecks = await client.call('actions.restoreCheck', { meetingId, key });
          if (isCurrent(meetingId)) set({ dismissedChecks });
        } catch {
          void fetchAll();
        }
      },

      dismissUndo() {
        set({ lastDeleted: null });
      },
    };
  });
}
