import type { ParticipantRole } from '../../domain/participant.ts';

export const ROLE_LABELS: Readonly<Record<ParticipantRole, string>> = {
  facilitator: 'Facilitator',
  note_taker: 'Note-taker',
  responder: 'Responder',
  stakeholder: 'Stakeholder',
  observer: 'Observer',
};
