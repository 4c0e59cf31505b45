import { useCallback, useSyncExternalStore } from 'react';
import { shownReadbackPage } from '../../../shared/screen/readback-pages.ts';
import { useAgenda } from '../../app/services.ts';

const noSubscription = () => () => {};

/**
 * The read-back page every screen shows now, by the service's clock, from where the facilitator last turned it; the
 * component renders again when the page turns, and not otherwise.
 */
export function useReadbackPage(pageCount: number): number {
  const page = useAgenda((state) => state.agenda?.screen.page ?? 0);
  const pageTurnedAt = useAgenda((state) => state.agenda?.screen.pageTurnedAt ?? null);
  const offsetMs = useAgenda((state) => state.offsetMs);
  const shownNow = useCallback(() => shownReadbackPage({ page, pageTurnedAt }, pageCount, Date.now() + offsetMs), [page, pageTurnedAt, pageCount, offsetMs]);

  const subscribe = useCallback(
    (onTurn: () => void) => {
      if (pageCount <= 1) return noSubscription();
      let timer: ReturnType<typeof setTimeout>;
      const schedule = () => {
        timer = setTimeout(
          () => {
            onTurn();
            schedule();
          },
          (shownNow().turnsInMs ?? 1_000) + 5,
        );
      };
      schedule();
      return () => clearTimeout(timer);
    },
    [pageCount, shownNow],
  );
  return useSyncExternalStore(subscribe, () => shownNow().index);
}
