import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Constant time, so how long a wrong guess takes says nothing about how much of it was right. Comparing digests
 * rather than the strings themselves also hides the secret's length.
 */
export function sameSecret(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
