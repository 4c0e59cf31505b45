import { isMethod, methodTable } from './contract.ts';
import { MAX_MESSAGE_BYTES } from './wire.ts';

const LIMITS = methodTable((declaration) => declaration.maxInputBytes ?? MAX_MESSAGE_BYTES);

/**
 * How large a call's input may be: one API message, or more where the method's declaration says so (an archive with
 * its images). The desktop app's IPC channel and POST /api/call/<method> accept that much; in a browser such a call
 * travels by HTTP, since WebSocket frames stop at one message.
 */
export function maxInputBytes(method: string): number {
  return isMethod(method) ? LIMITS[method] : MAX_MESSAGE_BYTES;
}

export const takesLargeInput = (method: string): boolean => maxInputBytes(method) > MAX_MESSAGE_BYTES;
