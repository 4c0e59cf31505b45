import { randomInt, timingSafeEqual } from 'node:crypto';
import { PAIRING_CODE_LENGTH } from '../../shared/joining/joining.ts';

export function newPairingCode(): string {
  return String(randomInt(0, 10 ** PAIRING_CODE_LENGTH)).padStart(PAIRING_CODE_LENGTH, '0');
}

/** Constant time, so how long a wrong guess takes says nothing about how many digits were right. */
export function codesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
