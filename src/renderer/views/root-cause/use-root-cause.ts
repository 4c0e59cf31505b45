import { useEffect } from 'react';
import { conflictsStore, notesStore, whysStore } from '../../app/services.ts';
import { holdMeeting } from '../../stores/meeting-holds.ts';

const rootCauseStores = [whysStore, notesStore, conflictsStore];

/** Keeps this window's whys, notes and conflicts loaded and live while a view that shows them is mounted. */
export function useRootCauseLoaded(meetingId: string): void {
  useEffect(() => {
    const releases = rootCauseStores.map((store) => holdMeeting(store, meetingId));
    return () => releases.forEach((release) => release());
  }, [meetingId]);
}
