import { useEffect, useState } from 'react';
import { shownReadbackPage, type ShownPage } from '../../../shared/screen/readback-pages.ts';
import { useAgenda } from '../../app/services.ts';

/**
 * The read-back page every screen shows now, by the service's clock, from where the facilitator last turned it; the
 * component renders again when the page turns.
 */
export function useReadbackPage(pageCount: number): ShownPage {
  const page = useAgenda((state) => state.agenda?.screen.page ?? 0);
  const pageTurnedAt = useAgenda((state) => state.agenda?.screen.pageTurnedAt ?? null);
  const offsetMs = useAgenda((state) => state.offsetMs);
  const [, setTurns] = useState(0);
  const shown = shownReadbackPage({ page, pageTurnedAt }, pageCount, Date.now() + offsetMs);

  useEffect(() => {
    if (shown.turnsInMs === null) return;
    const timer = setTimeout(() => setTurns((count) => count + 1), shown.turnsInMs + 5);
    return () => clearTimeout(timer);
  });

  return shown;
}
