/** The panel perspectives a participant can speak for in a panel review. */
export const PERSPECTIVES = ['incident_commander', 'sre', 'systems_architect', 'failure_engineer', 'observability_engineer', 'debugger'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const PARTICIPANT_ROLES = ['facilitator', 'note_taker', 'responder', 'stakeholder', 'observer'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface Participant {
  id: string;
  meetingId: string;
  name: string;
  role: ParticipantRole;
  perspective: Perspective | null;
  createdAt: number;
}
