import type { EarlierOpenItem } from '../../../shared/domain/actions.ts';
import { meetingsStore } from '../../app/services.ts';
import { useMeetingRead, type MeetingRead } from '../common/use-meeting-read.ts';

const readEarlierOpenItems = (meetingId: string) => meetingsStore.getState().openFromEarlier(meetingId);

/**
 * What earlier incidents on this meeting's services left open, read when shown and again when the meeting changes
 * (its services or incident start decide which reviews count as earlier ones).
 */
export function useEarlierOpenItems(meetingId: string): MeetingRead<EarlierOpenItem[]> {
  return useMeetingRead(meetingId, readEarlierOpenItems)[0];
}
