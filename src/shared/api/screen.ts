import { z } from 'zod';
import type { AgendaState } from '../domain/agenda.ts';
import { FOCUS_KINDS } from '../domain/screen.ts';
import { id } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

/** The read-back pages past any list a meeting could read back; the screen wraps around its own list. */
export const SCREEN_PAGE_MAX = 1_000;

export const screenFocusInput = z.strictObject({
  meetingId: id,
  /** The item to show on the shared screen, or null to show none. */
  focus: z
    .strictObject({
      kind: z.enum(FOCUS_KINDS, { message: `must be one of ${FOCUS_KINDS.join(', ')}` }),
      id,
    })
    .nullable(),
});

export const screenPageInput = z.strictObject({
  meetingId: id,
  page: z
    .number({ message: 'must be a page number' })
    .int({ message: 'must be a whole page number' })
    .min(0, { message: 'must not be negative' })
    .max(SCREEN_PAGE_MAX, { message: `must be at most ${SCREEN_PAGE_MAX}` }),
});

const screenChange = { result: returns<AgendaState>(), noteTaker: { access: 'refused', because: 'the shared screen is pointed by the facilitator' } } as const;

// Each sets the state outright, so sending it again leaves it as the first send did.
export const screenMethods = {
  /** Points the shared screen at one item of the meeting (timeline event, why, action item, note or finding), or at none. */
  'screen.focus': { ...screenChange, input: screenFocusInput, resend: 'always' },
  /** Turns the read-back of action items to a page; the screen pages on from it on a timer. */
  'screen.turnPage': { ...screenChange, input: screenPageInput, resend: 'always' },
} as const satisfies MethodDeclarations;
