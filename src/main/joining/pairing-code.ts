import { randomInt } from 'node:crypto';
import { PAIRING_CODE_LENGTH } from '../../shared/joining/joining.ts';
import { sameSecret } from '../server/same-secret.ts';

export function newPairingCode(): string {
  return String(randomInt(0, 10 ** PAIRING_CODE_LENGTH)).padStart(PAIRING_CODE_LENGTH, '0');
}

export function codesMatch(expected: string, given: string): boolean {
  return sameSecret(expected, given);
}
