import { useEffect } from 'react';
import { conflictsStore, notesStore, whysStore } from '../../app/services.ts';

const rootCauseStores = [whysStore, notesStore, conflictsStore];

/** Keeps this window's whys, notes and conflicts loaded and live while a view that shows them is mounted. */
export function useRootCauseLoaded(meetingId: string): void {
  useEffect(() => {
    for (const store of rootCauseStores) void store.getState().open(meetingId);
    return () => rootCauseStores.forEach((store) => store.getState().close());
  }, [meetingId]);
}
