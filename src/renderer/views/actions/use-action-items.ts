import { useEffect } from 'react';
import { actionsStore } from '../../app/services.ts';

/** Keeps this window's action items of the meeting loaded while the calling view is on screen. */
export function useActionItems(meetingId: string): void {
  useEffect(() => {
    void actionsStore.getState().open(meetingId);
    return () => actionsStore.getState().close();
  }, [meetingId]);
}
