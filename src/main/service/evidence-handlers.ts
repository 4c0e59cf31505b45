import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { EvidenceTarget } from '../../shared/domain/evidence.ts';
import { notAnImageMessage, sniffImageType } from '../../shared/evidence/sniff-image.ts';
import {
  deleteEvidence,
  evidenceImage,
  getEvidence,
  insertEvidence,
  listEvidence,
  updateEvidenceCaption,
  type NewEvidenceContent,
} from '../db/repositories/evidence.ts';
import type { ServiceContext } from './context.ts';
import { getNote } from '../db/repositories/notes.ts';
import { getTimelineEvent } from '../db/repositories/timeline-events.ts';
import { getWhy } from '../db/repositories/whys.ts';
import { notFound, requireMeeting } from './required-rows.ts';
import { storedAdd } from './resent-add.ts';

type EvidenceHandlers = ApiHandlers<'evidence'>;

const requireEvidence = (db: Database, id: string) => {
  const evidence = getEvidence(db, id);
  if (!evidence) throw notFound('evidence', id);
  return evidence;
};

const TARGET_LABELS: Readonly<Record<EvidenceTarget, string>> = { timeline_event: 'timeline event', why: 'why', note: 'note' };

/**
 * The item evidence is attached to must exist in the same meeting. One answer for a missing item and for another
 * meeting's, so a note-taker learns nothing of other meetings' ids.
 */
function requireTarget(db: Database, meetingId: string, target: EvidenceTarget, targetId: string): void {
  const item = target === 'timeline_event' ? getTimelineEvent(db, targetId) : target === 'why' ? getWhy(db, targetId) : getNote(db, targetId);
  if (item?.meetingId !== meetingId) throw new ApiError('not_found', `targetId: no such ${TARGET_LABELS[target]} in this meeting`, 'targetId');
}

interface Attachment {
  id?: string | undefined;
  meetingId: string;
  target: EvidenceTarget;
  targetId: string;
  createdAt?: number | undefined;
}

export function evidenceHandlers({ db, now, newId, mutate }: ServiceContext): EvidenceHandlers {
  const attach = (input: Attachment, caption: string, fileName: string | null, content: NewEvidenceContent) =>
    mutate((changes) => {
      const stored = storedAdd(input, 'evidence', (id) => getEvidence(db, id));
      if (stored) return stored;
      requireMeeting(db, input.meetingId);
      requireTarget(db, input.meetingId, input.target, input.targetId);
      const at = now();
      const evidence = insertEvidence(
        db,
        {
          id: input.id ?? newId(),
          meetingId: input.meetingId,
          target: input.target,
          targetId: input.targetId,
          caption,
          fileName,
          createdAt: input.createdAt ?? at,
          now: at,
        },
        content,
      );
      changes.touch(evidence.meetingId, 'evidence', evidence.id, 'created');
      return evidence;
    });

  return {
    'evidence.list': ({ meetingId }) => {
      requireMeeting(db, meetingId);
      return listEvidence(db, meetingId);
    },

    'evidence.get': ({ id }) => requireEvidence(db, id),

    'evidence.upload': ({ bytes, caption, fileName, ...input }) => {
      const name = fileName || 'The file';
      const mediaType = sniffImageType(bytes);
      if (!mediaType) throw new ApiError('invalid_input', notAnImageMessage(name, bytes), 'bytes');
      return attach(input, caption, fileName || null, { kind: 'image', mediaType, bytes });
    },

    'evidence.addLink': ({ url, caption, ...input }) => attach(input, caption ?? url, null, { kind: 'link', url }),

    'evidence.update': ({ id, patch }) =>
      mutate((changes) => {
        requireEvidence(db, id);
        const evidence = updateEvidenceCaption(db, id, patch.caption, now());
        changes.touch(evidence.meetingId, 'evidence', id, 'updated');
        return evidence;
      }),

    'evidence.delete': ({ id }) =>
      mutate((changes) => {
        const evidence = requireEvidence(db, id);
        deleteEvidence(db, id);
        const revision = changes.touch(evidence.meetingId, 'evidence', id, 'deleted');
        return { id, meetingId: evidence.meetingId, revision };
      }),

    'evidence.image': ({ id }) => {
      const image = evidenceImage(db, id);
      if (!image) throw new ApiError('not_found', `No image with id ${id}`);
      return image;
    },
  };
}
