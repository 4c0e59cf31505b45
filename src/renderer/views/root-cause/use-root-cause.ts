import { useEffect } from 'react';
import { rootCauseStore } from '../../app/services.ts';

/** Keeps this window's whys, notes and conflicts loaded and live while a view that shows them is mounted. */
export function useRootCauseLoaded(meetingId: string): void {
  useEffect(() => {
    void rootCauseStore.getState().open(meetingId);
    return () => rootCauseStore.getState().close();
  }, [meetingId]);
}
