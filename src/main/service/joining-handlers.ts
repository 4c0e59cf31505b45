import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { getMeeting } from '../db/repositories/meetings.ts';
import type { JoinControl } from '../joining/join-control.ts';
import type { ServiceContext } from './context.ts';
import { requireMeeting } from './required-rows.ts';

type JoiningHandlers = ApiHandlers<'joining'>;

export const JOINING_NEEDS_APP = 'Joining needs the running app: npm start or npm run serve';

/** The facilitator's controls for note-takers joining; the join server itself lives in src/main/joining. */
export function joiningHandlers({ db, announce }: ServiceContext, joining: JoinControl | undefined): JoiningHandlers {
  const control = (): JoinControl => {
    if (!joining) throw new ApiError('conflict', JOINING_NEEDS_APP);
    return joining;
  };

  // Join status is not stored, so its changes carry the meeting's current revision rather than a new one.
  joining?.onStatusChange((status) => {
    const meeting = getMeeting(db, status.meetingId);
    if (!meeting) return;
    announce({ meetingId: status.meetingId, revision: meeting.revision, entity: 'joining', entityId: status.meetingId, op: 'updated' });
  });

  return {
    'joining.networks': () => control().networks(),
    'joining.get': ({ meetingId }) => {
      const join = control();
      requireMeeting(db, meetingId);
      return join.status(meetingId);
    },
    'joining.enable': ({ meetingId, address, port }) => {
      const join = control();
      requireMeeting(db, meetingId);
      return join.enable(meetingId, address, port);
    },
    'joining.disable': ({ meetingId }) => control().disable(meetingId),
    'joining.rotateCode': ({ meetingId }) => {
      const join = control();
      requireMeeting(db, meetingId);
      return join.rotateCode(meetingId);
    },
    'joining.removePerson': ({ meetingId, sessionId }) => control().removePerson(meetingId, sessionId),
    'joining.showOnAudience': ({ meetingId, show }) => {
      const join = control();
      requireMeeting(db, meetingId);
      return join.showOnAudience(meetingId, show);
    },
  };
}
