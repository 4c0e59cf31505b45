import type { MeetingArchive } from '../../../shared/archive/meeting-archive.ts';
import type { EarlierOpenItem } from '../../../shared/domain/actions.ts';
import { meetingsStore } from '../../app/services.ts';
import { useMeetingRead, type MeetingRead } from '../common/use-meeting-read.ts';

export interface ReportMaterial {
  archive: MeetingArchive;
  backlog: EarlierOpenItem[];
}

async function readMaterial(meetingId: string): Promise<ReportMaterial> {
  const store = meetingsStore.getState();
  const [archive, backlog] = await Promise.all([store.exportArchive(meetingId), store.openFromEarlier(meetingId)]);
  return { archive, backlog };
}

/**
 * The whole meeting, with the items earlier reviews of its services left open (the report's backlog check), read when
 * the component mounts (the dialog mounts it each time it opens) and again whenever the meeting changes, in this window
 * or another, so the preview always shows what was captured up to now.
 */
export function useMeetingArchive(meetingId: string): [MeetingRead<ReportMaterial>, () => void] {
  return useMeetingRead(meetingId, readMaterial);
}
