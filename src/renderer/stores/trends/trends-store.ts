import type { Trends } from '../../../shared/trends/trends.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { calendarDateAt, localTimeZone } from '../../../shared/time/zoned-time.ts';
import type { ApiClient, ClientEvent } from '../../api/client.ts';
import { coalescedRefetch } from '../coalesced-refetch.ts';
import { createDomainStore } from '../create-domain-store.ts';
import type { LoadState } from '../meeting-collection.ts';

/** The months the Trends view shows ('YYYY-MM'); either end left out means from the first or to the last review. */
export interface TrendPeriod {
  from?: string;
  until?: string;
}

export interface TrendsState {
  trends: Trends | null;
  loadState: LoadState;
  loadError: string | null;
  period: TrendPeriod;
  /** Reads the trends and reads them again on every change until `close`, while the Trends view is shown. */
  open(): Promise<void>;
  close(): void;
  setPeriod(period: TrendPeriod): Promise<void>;
}

/**
 * How long after a change the trends are read again. A read goes over every review (about a tenth of a second for
 * 2,000 reviews and 50,000 action items), and the service answers one call at a time, so a Trends window left open
 * during a meeting must not read again on every keystroke saved in another window.
 */
export const TRENDS_REFRESH_DELAY_MS = 5_000;

/** Trends across every review (issue 16): one read of `trends.get`, "today" in the user's time zone. */
export function createTrendsStore(client: ApiClient, refreshDelayMs = TRENDS_REFRESH_DELAY_MS) {
  return createDomainStore<TrendsState>((set, get) => {
    let watching = false;
    let refresh: ReturnType<typeof setTimeout> | null = null;
    const fetchTrends = coalescedRefetch(async () => {
      const { period } = get();
      try {
        const trends = await client.call('trends.get', { ...period, today: calendarDateAt(Date.now(), localTimeZone()) });
        // A period changed meanwhile is read by the next round of the coalesced fetch.
        if (get().period === period) set({ trends, loadState: 'ready', loadError: null });
      } catch (error) {
        set({ loadState: 'error', loadError: errorMessage(error, 'The trends could not be read.') });
      }
    });

    // Any change to any review may move a figure; while the view is shown, read again once the changes pause for a
    // moment (a burst of changes costs one read).
    client.subscribe((event: ClientEvent) => {
      if (event.event === 'command' || !watching) return;
      if (refresh !== null) clearTimeout(refresh);
      refresh = setTimeout(() => {
        refresh = null;
        if (watching) void fetchTrends();
      }, refreshDelayMs);
    });

    return {
      trends: null,
      loadState: 'idle',
      loadError: null,
      period: {},

      async open() {
        watching = true;
        if (get().loadState === 'idle') set({ loadState: 'loading' });
        await fetchTrends();
      },

      close() {
        watching = false;
        if (refresh !== null) clearTimeout(refresh);
        refresh = null;
      },

      async setPeriod(period) {
        const cleaned: TrendPeriod = {};
        if (period.from) cleaned.from = period.from;
        if (period.until) cleaned.until = period.until;
        set({ period: cleaned });
        await fetchTrends();
      },
    };
  });
}
