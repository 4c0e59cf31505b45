import { z } from 'zod';
import { PAIRING_CODE_LENGTH, type JoinStatus, type NetworkChoice } from '../joining/joining.ts';
import { id, requiredText } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

export const PERSON_NAME_MAX = 80;

const port = z
  .number({ message: 'must be a port number' })
  .int({ message: 'must be a whole number' })
  .min(1024, { message: 'must be 1024 or above (lower ports need administrator rights)' })
  .max(65535, { message: 'must be at most 65535' });

export const noInput = z.strictObject({}).optional();
export const joiningMeetingInput = z.strictObject({ meetingId: id });
export const enableJoiningInput = z.strictObject({
  meetingId: id,
  /** One of the addresses joining.networks lists. */
  address: requiredText(100),
  port: port.optional(),
});
export const removePersonInput = z.strictObject({ meetingId: id, sessionId: requiredText(100) });
export const showOnAudienceInput = z.strictObject({ meetingId: id, show: z.boolean() });

/** What a note-taker sends to pair; checked by the join server before anything else. */
export const pairInput = z.strictObject({
  name: requiredText(PERSON_NAME_MAX),
  code: z
    .string()
    .trim()
    .regex(new RegExp(`^\\d{${PAIRING_CODE_LENGTH}}$`), { message: `must be the ${PAIRING_CODE_LENGTH}-digit code shown on the facilitator's screen` }),
});

const whoJoins = { result: returns<JoinStatus>(), noteTaker: { access: 'refused', because: 'only the facilitator can change who joins' } } as const;

export const joiningMethods = {
  /** This machine's network addresses the join server can listen on, loopback included. */
  'joining.networks': { ...whoJoins, input: noInput, result: returns<NetworkChoice[]>(), resend: 'read' },
  'joining.get': { ...whoJoins, input: joiningMeetingInput, resend: 'read' },
  /** Starts listening on the chosen address; the status says 'starting' and a 'joining' change follows. */
  'joining.enable': { ...whoJoins, input: enableJoiningInput, resend: 'never' },
  /** Stops the join server and disconnects every note-taker. */
  'joining.disable': { ...whoJoins, input: joiningMeetingInput, resend: 'never' },
  /** A new pairing code; people already joined stay. */
  'joining.rotateCode': { ...whoJoins, input: joiningMeetingInput, resend: 'never' },
  /** Ends that person's session and closes their connections. */
  'joining.removePerson': { ...whoJoins, input: removePersonInput, resend: 'never' },
  'joining.showOnAudience': { ...whoJoins, input: showOnAudienceInput, resend: 'always' },
} as const satisfies MethodDeclarations;
