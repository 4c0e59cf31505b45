import { useEffect } from 'react';
import { actionsStore } from '../../app/services.ts';
import { holdMeeting } from '../../stores/meeting-holds.ts';

/** Keeps this window's action items of the meeting loaded while the calling view is on screen. */
export function useActionItems(meetingId: string): void {
  useEffect(() => holdMeeting(actionsStore, meetingId), [meetingId]);
}
