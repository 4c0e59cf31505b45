import type { ParticipantRole } from '../../domain/participant.ts';
import type { TimelinePhase } from '../../domain/timeline.ts';

export const ROLE_LABELS: Readonly<Record<ParticipantRole, string>> = {
  facilitator: 'Facilitator',
  note_taker: 'Note-taker',
  responder: 'Responder',
  stakeholder: 'Stakeholder',
  observer: 'Observer',
};

export const PHASE_LABELS: Readonly<Record<TimelinePhase, string>> = {
  trigger: 'Trigger',
  detection: 'Detection',
  response: 'Response',
  mitigation: 'Mitigation',
  resolution: 'Resolution',
  other: 'Other',
};
