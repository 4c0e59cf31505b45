import type { StoreApi } from 'zustand/vanilla';
import { ApiError } from '../../shared/api/errors.ts';
import type { ChangedEntity, ChangeEvent } from '../../shared/api/events.ts';
import type { ApiClient } from '../api/client.ts';
import type { ApiError as RefusedInput } from '../../shared/api/errors.ts';
import { toFormError } from '../api/field-errors.ts';
import { isLastingFailure } from '../api/lasting-failure.ts';
import { failed, succeeded, type ActionResult } from './action-result.ts';
import { coalescedRefetch } from './coalesced-refetch.ts';
import { createDomainStore } from './create-domain-store.ts';
import { followItemChanges } from './follow-item-changes.ts';
import { followMeeting } from './follow-meeting.ts';
import type { OrderedWrites } from './ordered-writes.ts';
import { withoutKey } from './records.ts';
import type { UndoStack } from './undo-stack.ts';
import { errorMessage } from '../../shared/error-message.ts';

/** How far a store has got reading its list. */
export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export type EntryStatus =
  | { state: 'saving' }
  | { state: 'saved' }
  /** `lasting`: a full disk, a read-only or a damaged file, which sending again will not mend (see lasting-failure.ts). */
  | { state: 'error'; message: string; canRetry: boolean; lasting?: true };

export interface MeetingItem {
  id: string;
  meetingId: string;
}

/** What every meeting collection (timeline events, action items, …) holds and does. */
export interface CollectionState<Item, Field extends string, Patch> {
  /** The meeting whose items this window shows. */
  meetingId: string | null;
  /** The items as the database has them: the last fetch plus this window's confirmed writes. */
  items: Item[];
  /** Adds sent but not yet confirmed, or refused; shown in place so typing never waits for the round trip. */
  drafts: Record<string, Item>;
  /** Items whose delete is on its way. */
  hidden: Record<string, true>;
  statuses: Record<string, EntryStatus>;
  loadState: LoadState;
  loadError: string | null;

  open(meetingId: string): Promise<void>;
  close(): void;
  update(id: string, patch: Patch): Promise<ActionResult<Field>>;
  /** Deletes, and offers the undo on the window's undo stack. */
  remove(id: string): Promise<void>;
  /** Sends a refused add again (same id, so it is stored once). */
  retry(id: string): void;
  /** Drops a refused add, or forgets a refused edit's error once the edit is abandoned. */
  dismissError(id: string): void;
}

export interface CollectionSpec<Item extends MeetingItem, AddInput extends MeetingItem, Field extends string, Patch> {
  /** The entity whose changes are applied item by item. */
  entity: ChangedEntity;
  /** Entities whose change means reading the whole list again (an import, a cleared check). */
  refetchOn?: readonly ChangedEntity[];
  /** A change this window will read for itself once it is done (the chunks of its own import), so it is not followed. */
  readsLater?(change: ChangeEvent): boolean;
  /** Reads the list, and anything else the store keeps about the meeting. */
  load(meetingId: string): Promise<{ items: Item[]; more?: object }>;
  /** Reads one changed item; without it, any change reads the whole list again. */
  fetchOne?(id: string): Promise<Item>;
  /** The list (kept in display order) with `item` put in or replaced. */
  place(items: readonly Item[], item: Item): Item[];
  add(input: AddInput): Promise<Item>;
  /** An add at a set place moves others: read the list again once it is stored. */
  movesOthers?(input: AddInput): boolean;
  /** The contract's own check, run before sending (see check-input.ts). */
  checkUpdate(id: string, patch: Patch): RefusedInput | null;
  update(id: string, patch: Patch): Promise<Item>;
  /** Shown at once while the update is on its way; without it, the item changes when the reply comes. */
  patchLocally?(item: Item, patch: Patch): Item;
  delete(id: string): Promise<unknown>;
  /** The add that puts a deleted item back as it was: same id, place and author. */
  restoreInput(item: Item): AddInput;
  /** What the undo toast quotes. */
  deletedText(item: Item): string;
  /** How the undo toast words a deletion; `Deleted` when left out. */
  deletedVerb?: string;
  /** The undo stack's name for the item's list, for a store that withdraws offers with `forget`. */
  undoList?(item: Item): string;
  formFields: Readonly<Record<string, Field>>;
  /** Where order matters: every write goes through one queue, in order, and shows at once (see OrderedSpec). */
  ordered?: OrderedSpec<Item, Patch>;
}

/**
 * A collection whose writes must keep their order (a child added after its parent, moves in the order made). Adds,
 * edits and deletes show at once and are queued on `writes`; the reply is not awaited, a list read while writes are
 * pending is read again once they are done, and `writes`' status (shared by every collection on the same queue) is
 * the save state. `retry` sends the stalled writes again; a reconnect does so by itself.
 */
export interface OrderedSpec<Item, Patch> {
  writes: OrderedWrites;
  /** Whether an update is typing: held for a moment and merged with the next, so a burst of keys costs one write. */
  holds(patch: Patch): boolean;
  /** The list without `id` and every item its delete takes along, parents first (default: only that item). */
  removeLocally?(items: readonly Item[], id: string): { items: Item[]; removed: Item[] };
  /** Said after the undo toast's quote when a delete took `alsoRemoved` more items. */
  deletedMore?(alsoRemoved: number): string;
}

type Core<Item, Field extends string, Patch> = CollectionState<Item, Field, Patch>;

export interface CollectionTools<Item extends MeetingItem, AddInput extends MeetingItem, State> {
  set: StoreApi<State>['setState'];
  get: () => State;
  isCurrent(meetingId: string | null): boolean;
  /** Shows `draft` at once and sends the add; the row's status tells how it went. */
  send(input: AddInput, draft: Item): void;
  refetch(): Promise<void>;
  /** Reads something more whenever a meeting is opened (alongside the list). */
  alsoOnOpen(load: () => Promise<void>): void;
  /** Plain values of `extend` that belong to no meeting, so opening another one keeps them. */
  keepAcrossMeetings(...keys: (keyof State)[]): void;
  describe(error: unknown): string;
}

export const describeError = (error: unknown) => errorMessage(error, 'Something went wrong.');

/**
 * One store per kind of item a meeting has. It follows one meeting, applies its change events (item by item, or by
 * reading the list again after a reconnect whose missed changes could not be caught up), shows adds at once as
 * drafts with a per-row save state, keeps refused adds for a retry, and puts deletions on the window's undo stack.
 * `extend` adds what one kind has of its own (its add form, moves, …); its plain values are reset with the meeting.
 */
export function createMeetingCollection<Item extends MeetingItem, AddInput extends MeetingItem, Field extends string, Patch, Extra extends object>(
  client: ApiClient,
  undo: UndoStack,
  spec: CollectionSpec<Item, AddInput, Field, Patch>,
  extend: (tools: CollectionTools<Item, AddInput, Core<Item, Field, Patch> & Extra>) => Extra,
) {
  type State = Core<Item, Field, Patch> & Extra;
  return createDomainStore<State>((set, get) => {
    const setCore = set as unknown as StoreApi<Core<Item, Field, Patch>>['setState'];
    /** Inputs of adds that were refused, kept for a retry. */
    const refusedAdds = new Map<string, AddInput>();
    const isCurrent = (meetingId: string | null) => meetingId !== null && get().meetingId === meetingId;

    /**
     * Updates shown at once and still on their way, oldest first. A read answered meanwhile (a change event's, the
     * list's, or an earlier update's reply) predates them, so they are laid over it again: a star toggled twice
     * quickly must not flip back while the second toggle travels.
     */
    const sentPatches = new Map<string, Patch[]>();
    const withSentPatches = (item: Item): Item => {
      const patches = sentPatches.get(item.id);
      const patchLocally = spec.patchLocally;
      return patches && patchLocally ? patches.reduce(patchLocally, item) : item;
    };
    const takeSent = (id: string, patch: Patch) => {
      const rest = (sentPatches.get(id) ?? []).filter((sent) => sent !== patch);
      if (rest.length > 0) sentPatches.set(id, rest);
      else sentPatches.delete(id);
    };

    /**
     * Items this window stored, read or saw deleted one by one while the list was on its way: a list read in pages may
     * hold an item as it was before such a change, so they are laid over the list when it lands (the last word per id).
     */
    let learntWhileLoading: Map<string, Item | null> | null = null;
    const placed = (items: Item[], item: Item): Item[] => {
      learntWhileLoading?.set(item.id, item);
      return spec.place(items, item);
    };
    const dropped = (items: Item[], id: string): Item[] => {
      learntWhileLoading?.set(id, null);
      return items.filter((item) => item.id !== id);
    };

    const writes = spec.ordered?.writes;
    /** Whether a list read was put off until the ordered writes are done. */
    let refetchWanted = false;
    /** Words typed while the list was on its way win: it is read again once they are saved. */
    const putOff = () => {
      if (!writes || writes.getState().isIdle()) return false;
      refetchWanted = true;
      return true;
    };

    const fetchAll = coalescedRefetch(async () => {
      const meetingId = get().meetingId;
      if (!meetingId || putOff()) return;
      const learnt = new Map<string, Item | null>();
      learntWhileLoading = learnt;
      try {
        const { items: listed, more } = await spec.load(meetingId);
        if (!isCurrent(meetingId) || putOff()) return;
        let items = listed;
        for (const [id, item] of learnt) items = item ? spec.place(items, item) : items.filter((other) => other.id !== id);
        if (sentPatches.size > 0) items = items.map(withSentPatches);
        setCore((state) => {
          const stored = new Set(items.map((item) => item.id));
          const drafts = Object.fromEntries(Object.entries(state.drafts).filter(([id]) => !stored.has(id)));
          return { ...more, items, drafts, loadState: 'ready', loadError: null };
        });
      } catch (error) {
        if (isCurrent(meetingId)) setCore({ loadState: 'error', loadError: describeError(error) });
      } finally {
        // One load runs at a time (coalescedRefetch).
        learntWhileLoading = null;
      }
    });

    const sendAdd = async (input: AddInput) => {
      try {
        const item = await spec.add(input);
        refusedAdds.delete(input.id);
        if (!isCurrent(input.meetingId)) return;
        // The service may give the stored item an id of its own (agenda sections): the draft goes either way.
        setCore((state) => ({
          items: placed(state.items, item),
          drafts: withoutKey(withoutKey(state.drafts, input.id), item.id),
          statuses: { ...withoutKey(state.statuses, input.id), [item.id]: { state: 'saved' } },
        }));
        if (spec.movesOthers?.(input)) void fetchAll();
      } catch (error) {
        refusedAdds.set(input.id, input);
        if (!isCurrent(input.meetingId)) return;
        setCore((state) => ({ statuses: { ...state.statuses, [input.id]: { state: 'error', message: describeError(error), canRetry: true } } }));
      }
    };

    const send = (input: AddInput, draft: Item) => {
      if (writes) {
        setCore((state) => ({ items: spec.place(state.items, draft) }));
        writes.getState().push(async () => void (await spec.add(input)));
        return;
      }
      setCore((state) => ({
        drafts: { ...state.drafts, [draft.id]: draft },
        statuses: { ...state.statuses, [draft.id]: { state: 'saving' } },
      }));
      void sendAdd(input);
    };

    const fetchOne = spec.fetchOne;
    // A pushed change is applied by reading that one item: never the whole list per keystroke.
    const followChange = fetchOne
      ? followItemChanges<Item>({
          fetchOne,
          currentMeetingId: () => get().meetingId,
          put: (meetingId, item) => {
            if (isCurrent(meetingId)) setCore((state) => ({ items: placed(state.items, withSentPatches(item)), drafts: withoutKey(state.drafts, item.id) }));
          },
          drop: (meetingId, id) => {
            if (isCurrent(meetingId)) setCore((state) => ({ items: dropped(state.items, id) }));
          },
          refetchAll: () => void fetchAll(),
        })
      : () => void fetchAll();

    // This window's own add: its reply carries the stored item, so reading it again would only add load while typing.
    const isOwnAddOnItsWay = (op: string, id: string) => op === 'created' && Object.hasOwn(get().drafts, id) && get().statuses[id]?.state === 'saving';

    const refetchOn = spec.refetchOn ?? [];
    followMeeting(client, {
      meetingId: () => get().meetingId,
      entities: [spec.entity, ...refetchOn],
      onChange: (change) => {
        if (spec.readsLater?.(change)) return;
        if (refetchOn.includes(change.entity)) void fetchAll();
        else if (!isOwnAddOnItsWay(change.op, change.entityId)) void followChange(change);
      },
      onResync: (caughtUp) => {
        // Writes stalled by the lost connection go out first (adds carry their ids, so none is stored twice).
        writes?.getState().retry();
        if (!caughtUp) void fetchAll();
      },
    });
    writes?.getState().onSettled((refused) => {
      // A refused write leaves this window's copy wrong: read the list again.
      if (!refetchWanted && !refused) return;
      refetchWanted = false;
      void fetchAll();
    });

    const restore = (item: Item) => {
      if (!isCurrent(item.meetingId)) return;
      send(spec.restoreInput(item), item);
    };

    /** Held typing, merged per item, so the one write sends every field typed meanwhile. */
    const heldPatches = new Map<string, Patch>();

    const orderedUpdate = async ({ writes: queue, holds }: OrderedSpec<Item, Patch>, id: string, patch: Patch): Promise<ActionResult<Field>> => {
      const before = get().items.find((item) => item.id === id);
      if (!before) return succeeded(undefined);
      const patchLocally = spec.patchLocally ?? ((item: Item, changes: Patch) => ({ ...item, ...changes }));
      setCore((state) => ({ items: spec.place(state.items, patchLocally(before, patch)) }));
      // Shown, but not sent: the saved value stays until a valid edit replaces it (an emptied note, say).
      const invalid = spec.checkUpdate(id, patch);
      if (invalid) return failed(toFormError(invalid, spec.formFields));
      if (!holds(patch)) {
        queue.getState().push(async () => void (await spec.update(id, patch)));
        return succeeded(undefined);
      }
      heldPatches.set(id, { ...heldPatches.get(id), ...patch });
      queue.getState().edit(id, async () => {
        const held = heldPatches.get(id);
        heldPatches.delete(id);
        if (held) await spec.update(id, held);
      });
      return succeeded(undefined);
    };

    const orderedRemove = async (ordered: OrderedSpec<Item, Patch>, id: string) => {
      const items = get().items;
      const taken = ordered.removeLocally?.(items, id) ?? { items: items.filter((item) => item.id !== id), removed: items.filter((item) => item.id === id) };
      const [first] = taken.removed;
      if (!first) return;
      setCore({ items: taken.items });
      const more = taken.removed.length > 1 ? ordered.deletedMore?.(taken.removed.length - 1) : undefined;
      undo.getState().push({ verb: 'Deleted', text: spec.deletedText(first), ...(more ? { more } : {}), restore: () => taken.removed.forEach(restore) });
      ordered.writes.getState().push(async () => {
        try {
          await spec.delete(id);
        } catch (error) {
          // Sent again after its answer was lost, it finds nothing: what was asked for is done.
          if (!(error instanceof ApiError && error.code === 'not_found')) throw error;
        }
      });
    };

    const onOpen: Array<() => Promise<void>> = [fetchAll];
    const kept = new Set<PropertyKey>();
    const extra = extend({
      set,
      get,
      isCurrent,
      send,
      refetch: fetchAll,
      alsoOnOpen: (load) => onOpen.push(load),
      describe: describeError,
      keepAcrossMeetings: (...keys) => keys.forEach((key) => kept.add(key)),
    });
    const extraValues = Object.fromEntries(Object.entries(extra).filter(([key, value]) => typeof value !== 'function' && !kept.has(key)));
    const empty = () => ({ ...extraValues, items: [], drafts: {}, hidden: {}, statuses: {}, loadError: null });

    const core: Core<Item, Field, Patch> = {
      meetingId: null,
      items: [],
      drafts: {},
      hidden: {},
      statuses: {},
      loadState: 'idle',
      loadError: null,

      async open(meetingId) {
        if (get().meetingId !== meetingId) {
          refusedAdds.clear();
          setCore({ ...empty(), meetingId, loadState: 'loading' });
        }
        await Promise.all(onOpen.map((load) => load()));
      },

      close() {
        writes?.getState().flushEdits();
        refusedAdds.clear();
        setCore({ ...empty(), meetingId: null, loadState: 'idle' });
      },

      async update(id, patch) {
        if (spec.ordered) return orderedUpdate(spec.ordered, id, patch);
        const invalid = spec.checkUpdate(id, patch);
        if (invalid) return failed(toFormError(invalid, spec.formFields));
        const meetingId = get().meetingId;
        const before = get().items.find((item) => item.id === id);
        const patchLocally = spec.patchLocally;
        if (patchLocally) sentPatches.set(id, [...(sentPatches.get(id) ?? []), patch]);
        setCore((state) => ({
          items: before && patchLocally ? spec.place(state.items, patchLocally(before, patch)) : state.items,
          statuses: { ...state.statuses, [id]: { state: 'saving' } },
        }));
        try {
          const item = await spec.update(id, patch);
          takeSent(id, patch);
          if (isCurrent(meetingId)) {
            const stillSent = sentPatches.has(id);
            setCore((state) => ({
              items: placed(state.items, withSentPatches(item)),
              statuses: stillSent ? state.statuses : { ...state.statuses, [id]: { state: 'saved' } },
            }));
          }
          return succeeded(undefined);
        } catch (error) {
          takeSent(id, patch);
          if (isCurrent(meetingId)) {
            setCore((state) => ({
              items: before && patchLocally ? spec.place(state.items, withSentPatches(before)) : state.items,
              statuses: {
                ...state.statuses,
                [id]: { state: 'error', message: describeError(error), canRetry: false, ...(isLastingFailure(error) ? { lasting: true } : {}) },
              },
            }));
          }
          return failed(toFormError(error, spec.formFields));
        }
      },

      async remove(id) {
        if (spec.ordered) return orderedRemove(spec.ordered, id);
        const state = get();
        if (Object.hasOwn(state.drafts, id) && refusedAdds.has(id)) {
          get().dismissError(id);
          return;
        }
        const item = state.items.find((candidate) => candidate.id === id);
        if (!item) return;
        setCore((current) => ({ hidden: { ...current.hidden, [id]: true } }));
        try {
          await spec.delete(id);
        } catch (error) {
          // Someone else deleted it first: the outcome the person asked for.
          if (!(error instanceof ApiError && error.code === 'not_found')) {
            if (isCurrent(item.meetingId)) {
              setCore((current) => ({
                hidden: withoutKey(current.hidden, id),
                statuses: { ...current.statuses, [id]: { state: 'error', message: `Not deleted: ${describeError(error)}`, canRetry: false } },
              }));
            }
            return;
          }
        }
        if (!isCurrent(item.meetingId)) return;
        setCore((current) => ({
          items: dropped(current.items, id),
          hidden: withoutKey(current.hidden, id),
          statuses: withoutKey(current.statuses, id),
        }));
        undo.getState().push({ verb: spec.deletedVerb ?? 'Deleted', text: spec.deletedText(item), list: spec.undoList?.(item), restore: () => restore(item) });
      },

      retry(id) {
        if (writes) return writes.getState().retry();
        const input = refusedAdds.get(id);
        if (!input) return;
        setCore((current) => ({ statuses: { ...current.statuses, [id]: { state: 'saving' } } }));
        void sendAdd(input);
      },

      dismissError(id) {
        refusedAdds.delete(id);
        setCore((current) => ({
          drafts: withoutKey(current.drafts, id),
          statuses: current.statuses[id]?.state === 'error' ? withoutKey(current.statuses, id) : current.statuses,
        }));
      },
    };
    return { ...extra, ...core } as State;
  });
}
