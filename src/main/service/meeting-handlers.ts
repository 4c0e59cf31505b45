import { refuseLibrarySourceWrite } from './review-guard.ts';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { listServiceNameUses } from '../db/repositories/meeting-services.ts';
import { deleteMeeting, getMeeting, listMeetings, updateMeeting } from '../db/repositories/meetings.ts';
import { insertMeetingWithAgenda } from './agenda-template-apply.ts';
import type { ServiceContext } from './context.ts';
import { requireDeletedMeeting, requireMeeting } from './required-rows.ts';
import { readMeetingArchive } from './archive-export.ts';
import { importMeetingArchive } from './archive-import.ts';
import { archiveJson } from '../../shared/archive/archive-json.ts';
import { readArchive } from '../../shared/archive/read-archive.ts';
import { forgetDeletedMeeting, keepDeletedMeeting } from '../db/repositories/deleted-meetings.ts';

type MeetingHandlers = ApiHandlers<'meetings'>;

export function meetingHandlers(context: ServiceContext): MeetingHandlers {
  const { db, now, mutate } = context;
  return {
    'meetings.create': (input) =>
      mutate((changes) => {
        if (input.id) {
          const existing = getMeeting(db, input.id);
          if (existing) return existing;
        }
        const meeting = insertMeetingWithAgenda(context, input);
        changes.record({ meetingId: meeting.id, revision: meeting.revision, entity: 'meeting', entityId: meeting.id, op: 'created' });
        return meeting;
      }),

    'meetings.list': () => listMeetings(db),

    'meetings.services': () => listServiceNameUses(db),

    'meetings.get': ({ id }) => requireMeeting(db, id),

    'meetings.update': ({ id, patch }) =>
      mutate((changes) => {
        const before = requireMeeting(db, id);
        const startedAt = patch.incidentStartedAt !== undefined ? patch.incidentStartedAt : before.incidentStartedAt;
        const endedAt = patch.incidentEndedAt !== undefined ? patch.incidentEndedAt : before.incidentEndedAt;
        if (startedAt !== null && endedAt !== null && endedAt < startedAt) {
          throw new ApiError('invalid_input', 'patch.incidentEndedAt: the incident cannot end before it started', 'patch.incidentEndedAt');
        }
        const meeting = updateMeeting(db, id, patch, now()) ?? requireMeeting(db, id);
        changes.record({ meetingId: id, revision: meeting.revision, entity: 'meeting', entityId: id, op: 'updated' });
        return meeting;
      }),

    'meetings.delete': ({ id }) =>
      mutate((changes) => {
        const meeting = requireMeeting(db, id);
        // Checked before the delete, which takes the meeting's link to its library source with it.
        refuseLibrarySourceWrite(db, id);
        const at = now();
        keepDeletedMeeting(db, { meetingId: id, title: meeting.title, deletedAt: at, archive: archiveJson(readMeetingArchive(db, id, at)) });
        deleteMeeting(db, id);
        const revision = meeting.revision + 1;
        changes.record({ meetingId: id, revision, entity: 'meeting', entityId: id, op: 'deleted' });
        return { id, meetingId: id, revision };
      }),

    'meetings.restore': ({ id }) =>
      mutate((changes) => {
        const kept = requireDeletedMeeting(db, id);
        // The import joins this transaction, so the meeting comes back and its kept archive goes in one commit.
        const meeting = importMeetingArchive({ ...context, mutate: (work) => work(changes) }, readArchive(kept.archive), true);
        forgetDeletedMeeting(db, id);
        return meeting;
      }),
  };
}
