/** Wrong codes allowed from one address before it is locked out. */
export const FREE_ATTEMPTS = 5;
export const FIRST_LOCKOUT_MS = 30_000;
export const MAX_LOCKOUT_MS = 15 * 60_000;
/**
 * Wrong codes, from all addresses together, that one code survives before it must be replaced. The per-address
 * lockout alone lets many addresses (a LAN, or one machine with many IPv6 addresses) each guess a few times.
 */
export const WRONG_CODES_PER_CODE = 20;
/** An address that has not tried for this long starts afresh. */
const FORGET_AFTER_MS = 60 * 60_000;

interface Attempts {
  wrong: number;
  lockedUntil: number;
  lastAt: number;
}

export type AttemptVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Pairing attempts per client address. After FREE_ATTEMPTS wrong codes every further wrong code locks the address
 * out, for 30 s the first time and twice as long each time after, up to 15 minutes. A right code resets it.
 * Across all addresses, WRONG_CODES_PER_CODE wrong codes wear the current code out (see codeWornOut).
 */
export class PairingLimiter {
  readonly #attempts = new Map<string, Attempts>();
  readonly #clock: () => number;
  #wrongForCode = 0;

  constructor(clock: () => number = Date.now) {
    this.#clock = clock;
  }

  /** Whether this address may try a code now; a locked-out address is refused even with the right code. */
  check(address: string): AttemptVerdict {
    const now = this.#clock();
    this.#forgetStale(now);
    const entry = this.#attempts.get(address);
    if (!entry || entry.lockedUntil <= now) return { allowed: true };
    return { allowed: false, retryAfterMs: entry.lockedUntil - now };
  }

  /** Records a wrong code; answers the lockout it started, if any. */
  fail(address: string): AttemptVerdict {
    this.#wrongForCode += 1;
    const now = this.#clock();
    const entry = this.#attempts.get(address) ?? { wrong: 0, lockedUntil: 0, lastAt: now };
    entry.wrong += 1;
    entry.lastAt = now;
    this.#attempts.set(address, entry);
    if (entry.wrong < FREE_ATTEMPTS) return { allowed: true };
    const lockout = Math.min(FIRST_LOCKOUT_MS * 2 ** (entry.wrong - FREE_ATTEMPTS), MAX_LOCKOUT_MS);
    entry.lockedUntil = now + lockout;
    return { allowed: false, retryAfterMs: lockout };
  }

  succeed(address: string): void {
    this.#attempts.delete(address);
  }

  /** Enough wrong codes were tried, from wherever, that the code must be replaced before more guesses land. */
  codeWornOut(): boolean {
    return this.#wrongForCode >= WRONG_CODES_PER_CODE;
  }

  /** A new code was issued: the count of wrong codes against it starts at zero. Lockouts of addresses stay. */
  newCode(): void {
    this.#wrongForCode = 0;
  }

  #forgetStale(now: number): void {
    for (const [address, entry] of this.#attempts) {
      if (entry.lockedUntil <= now && now - entry.lastAt > FORGET_AFTER_MS) this.#attempts.delete(address);
    }
  }
}
