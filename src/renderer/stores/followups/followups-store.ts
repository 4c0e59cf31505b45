import {
  followupExportInput,
  type FollowupColumn,
  type FollowupFilter,
  type FollowupRow,
  type FollowupSort,
  type OwnerCounts,
} from '../../../shared/api/followups.ts';
import { DEFAULT_STALE_DAYS, todayIn } from '../../../shared/actions/followup-rules.ts';
import type { TrackerExportInput } from '../../../shared/actions/tracker-export/types.ts';
import type { ChangedEntity } from '../../../shared/api/events.ts';
import { ACTION_STATUS_LABELS, type ActionStatus } from '../../../shared/domain/actions.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { localTimeZone } from '../../../shared/time/zoned-time.ts';
import type { ApiClient, ClientEvent } from '../../api/client.ts';
import { coalescedRefetch } from '../coalesced-refetch.ts';
import { createDomainStore } from '../create-domain-store.ts';
import type { LoadState } from '../meeting-collection.ts';
import type { UndoStack } from '../undo-stack.ts';

/** Rows read per call: a screenful several times over, small enough to answer at once. */
export const LEDGER_PAGE_SIZE = 100;

export interface LedgerState {
  filter: FollowupFilter;
  sort: FollowupSort;
  staleDays: number;
  /** The rows read so far, by their place in the sorted ledger; the list reads the rest as it scrolls to them. */
  rows: Record<number, FollowupRow>;
  total: number;
  today: string;
  loadState: LoadState;
  error: string | null;
  owners: OwnerCounts[];
  /** Ticked items, by id, with the status each had when ticked (what undo puts back). */
  selected: Record<string, ActionStatus>;
  /** Starts following changes and reads the first page; returns the function that stops. */
  open(): () => void;
  setFilter(patch: Partial<FollowupFilter>): void;
  clearFilters(): void;
  setStaleDays(days: number): void;
  /** Sorts by the column: ascending first, then the other way on a second click. */
  sortBy(column: FollowupColumn): void;
  /** Reads whatever rows from `start` to `end` (inclusive) are not read yet. */
  ensureRange(start: number, end: number): void;
  toggle(row: FollowupRow): void;
  /** Ticks every item the filters match, not only those on screen. */
  selectAllMatching(): Promise<void>;
  clearSelection(): void;
  /** Sets the ticked items' status through actions.applyStatuses, and offers to undo it; resolves with a sentence. */
  applyStatus(status: ActionStatus): Promise<{ ok: boolean; message: string }>;
  /** Every item the filters match, in the ledger's order, as the tracker writers take them. */
  exportInput(): Promise<TrackerExportInput>;
}

/** The changes that alter a ledger row: the item, its review, or its effectiveness result. */
const LEDGER_ENTITIES: ReadonlySet<ChangedEntity> = new Set(['action_item', 'meeting', 'effectiveness']);

const today = () => todayIn(Date.now(), localTimeZone());

/** The follow-ups ledger (issue 15): one page at a time over every review's action items, refreshed on every change to one. */
export function createFollowupsStore(client: ApiClient, undo: UndoStack) {
  return createDomainStore<LedgerState>((set, get) => {
    /** Bumped when the filters or order change, so an answer to an older question is dropped. */
    let generation = 0;
    const requested = new Set<number>();
    let followers = 0;

    const reading = () => ({ today: today(), staleDays: get().staleDays });

    const readPage = async (page: number, asked: number) => {
      const { filter, sort } = get();
      try {
        const result = await client.call('followups.list', { filter, sort, offset: page * LEDGER_PAGE_SIZE, limit: LEDGER_PAGE_SIZE, ...reading() });
        if (asked !== generation) return;
        set((state) => {
          const rows = { ...state.rows };
          result.rows.forEach((row, index) => {
            rows[result.offset + index] = row;
          });
          return { rows, total: result.total, today: result.today, loadState: 'ready', error: null };
        });
      } catch (error) {
        if (asked === generation) set({ loadState: 'error', error: errorMessage(error, 'The ledger could not be read.') });
        requested.delete(page);
      }
    };

    const loadOwners = async () => {
      try {
        set({ owners: await client.call('followups.owners', reading()) });
      } catch {
        // The counts are a summary; the ledger itself says when reading fails.
      }
    };

    /** Reads again the pages already shown (after a change somewhere), keeping the rows until the new ones arrive. */
    const refresh = coalescedRefetch(async () => {
      const pages = [...requested];
      const asked = generation;
      requested.clear();
      for (const page of pages.length > 0 ? pages : [0]) requested.add(page);
      await Promise.all([...(pages.length > 0 ? pages : [0]).map((page) => readPage(page, asked)), loadOwners()]);
    });

    /** Starts over from the first page: the filters or the order changed. */
    const restart = () => {
      generation += 1;
      requested.clear();
      set({ rows: {}, loadState: 'loading', selected: {} });
      requested.add(0);
      void readPage(0, generation);
    };

    const onEvent = (event: ClientEvent) => {
      if (followers === 0 || event.event === 'command') return;
      if (event.event === 'resync' || LEDGER_ENTITIES.has(event.payload.entity)) void refresh();
    };
    client.subscribe(onEvent);

    const allMatching = async () => client.call('followups.statuses', { filter: get().filter, ...reading() });

    return {
      filter: {},
      sort: { column: 'dueOn', direction: 'asc' },
      staleDays: DEFAULT_STALE_DAYS,
      rows: {},
      total: 0,
      today: today(),
      loadState: 'idle',
      error: null,
      owners: [],
      selected: {},

      open() {
        followers += 1;
        if (followers === 1) {
          restart();
          void loadOwners();
        }
        return () => {
          followers -= 1;
        };
      },

      setFilter(patch) {
        const filter: FollowupFilter = { ...get().filter, ...patch };
        for (const key of Object.keys(filter) as Array<keyof FollowupFilter>) {
          if (filter[key] === undefined || filter[key] === false) delete filter[key];
        }
        set({ filter });
        restart();
      },

      clearFilters() {
        set({ filter: {} });
        restart();
      },

      setStaleDays(days) {
        set({ staleDays: days });
        restart();
        void loadOwners();
      },

      sortBy(column) {
        const { sort } = get();
        set({ sort: { column, direction: sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc' } });
        restart();
      },

      ensureRange(start, end) {
        const first = Math.floor(Math.max(0, start) / LEDGER_PAGE_SIZE);
        const last = Math.floor(Math.max(0, end) / LEDGER_PAGE_SIZE);
        for (let page = first; page <= last; page += 1) {
          if (requested.has(page)) continue;
          requested.add(page);
          void readPage(page, generation);
        }
      },

      toggle(row) {
        set((state) => {
          const selected = { ...state.selected };
          if (Object.hasOwn(selected, row.item.id)) delete selected[row.item.id];
          else selected[row.item.id] = row.item.status;
          return { selected };
        });
      },

      async selectAllMatching() {
        try {
          const matching = await allMatching();
          set({ selected: Object.fromEntries(matching.map(({ id, status }) => [id, status])) });
        } catch (error) {
          set({ error: errorMessage(error, 'The matching items could not be read.') });
        }
      },

      clearSelection: () => set({ selected: {} }),

      async applyStatus(status) {
        const before = Object.entries(get().selected).map(([id, was]) => ({ id, status: was }));
        const changes = before.filter((entry) => entry.status !== status).map(({ id }) => ({ id, status }));
        const label = ACTION_STATUS_LABELS[status];
        if (changes.length === 0) return { ok: true, message: `Every ticked item is already ${label.toLowerCase()}.` };
        try {
          await client.call('actions.applyStatuses', { changes });
        } catch (error) {
          void refresh();
          return { ok: false, message: `No status was changed: ${errorMessage(error, 'the change was refused.')}` };
        }
        const previous = before.filter((entry) => entry.status !== status);
        const changedIds = new Set(previous.map(({ id }) => id));
        const titles = Object.values(get().rows).filter((row) => changedIds.has(row.item.id));
        undo.getState().push({
          verb: `Set to ${label}:`,
          text: titles[0]?.item.title ?? `${previous.length} items`,
          ...(previous.length > 1 ? { more: `and ${previous.length - 1} more` } : {}),
          list: 'followups',
          restore: () => {
            client
              .call('actions.applyStatuses', { changes: previous })
              .catch((error: unknown) => set({ error: `The statuses could not be put back: ${errorMessage(error, 'refused')}` }))
              .finally(() => void refresh());
          },
        });
        set({ selected: {} });
        void refresh();
        return { ok: true, message: `Set ${changes.length === 1 ? '1 item' : `${changes.length.toLocaleString('en-US')} items`} to ${label}.` };
      },

      async exportInput() {
        const { filter, sort } = get();
        const at = reading();
        const rows: FollowupRow[] = [];
        for (;;) {
          const page = await client.call('followups.list', { filter, sort, offset: rows.length, limit: 1_000, ...at });
          rows.push(...page.rows);
          if (page.rows.length === 0 || rows.length >= page.total) break;
        }
        return followupExportInput(rows);
      },
    };
  });
}
