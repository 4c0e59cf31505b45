import type { ApiHandlers } from '../../shared/api/contract.ts';
import { getMeeting } from '../db/repositories/meetings.ts';
import type { ChangeLog } from './change-log.ts';
import { notFound, type ServiceContext } from './context.ts';

export function changeHandlers({ db }: ServiceContext, log: ChangeLog): ApiHandlers<'changes'> {
  return {
    'changes.since': ({ meetingId, revision }) => {
      const meeting = getMeeting(db, meetingId);
      if (!meeting) throw notFound('meeting', meetingId);
      const changes = log.since(meetingId, revision, meeting.revision);
      return changes ? { complete: true, revision: meeting.revision, changes } : { complete: false, revision: meeting.revision, changes: [] };
    },
  };
}
