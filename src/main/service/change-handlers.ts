import type { ApiHandlers } from '../../shared/api/contract.ts';
import type { ChangeLog } from './change-log.ts';
import type { ServiceContext } from './context.ts';
import { requireMeeting } from './required-rows.ts';

export function changeHandlers({ db }: ServiceContext, log: ChangeLog): ApiHandlers<'changes'> {
  return {
    'changes.since': ({ meetingId, revision }) => {
      const meeting = requireMeeting(db, meetingId);
      const changes = log.since(meetingId, revision, meeting.revision);
      return changes ? { complete: true, revision: meeting.revision, changes } : { complete: false, revision: meeting.revision, changes: [] };
    },
  };
}
