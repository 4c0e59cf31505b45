import { useEffect } from 'react';
import { actionsStore, participantsStore } from '../../app/services.ts';
import { holdMeeting } from '../../stores/meeting-holds.ts';

/** Keeps this window's action items of the meeting, and the participants offered as owners, loaded while the calling view is on screen. */
export function useActionItems(meetingId: string): void {
  useEffect(() => {
    const releases = [holdMeeting(actionsStore, meetingId), holdMeeting(participantsStore, meetingId)];
    return () => releases.forEach((release) => release());
  }, [meetingId]);
}
