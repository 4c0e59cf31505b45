import type { Perspective } from './participant.ts';

/**
 * Two recommendations that pull in different directions (seed 000): both positions with their reasons, the
 * trade-off underneath them, and the resolution with its justification, or an escalation when none was reached.
 */
export interface Conflict {
  id: string;
  meetingId: string;
  position: number;
  topic: string;
  positionA: string;
  perspectiveA: Perspective | null;
  positionB: string;
  perspectiveB: Perspective | null;
  tradeOff: string;
  resolution: string;
  /** No resolution was possible in the room; the options go to whoever decides. */
  escalated: boolean;
  createdAt: number;
  updatedAt: number;
}
