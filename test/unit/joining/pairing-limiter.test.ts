import { describe, expect, it } from 'vitest';
import { FIRST_LOCKOUT_MS, FREE_ATTEMPTS, MAX_LOCKOUT_MS, PairingLimiter, WRONG_CODES_PER_CODE } from '../../../src/main/joining/pairing-limiter.ts';

describe('PairingLimiter', () => {
  const setup = () => {
    let now = 1_000_000;
    const limiter = new PairingLimiter(() => now);
    return { limiter, advance: (ms: number) => (now += ms) };
  };

  it('allows four wrong codes, then locks out for 30 s, doubling up to 15 minutes', () => {
    const { limiter, advance } = setup();
    for (let i = 1; i < FREE_ATTEMPTS; i++) expect(limiter.fail('10.0.0.5')).toEqual({ allowed: true });
    const lockouts: number[] = [];
    for (let i = 0; i < 8; i++) {
      const verdict = limiter.fail('10.0.0.5');
      if (verdict.allowed) throw new Error('expected a lockout');
      lockouts.push(verdict.retryAfterMs);
      expect(limiter.check('10.0.0.5')).toEqual({ allowed: false, retryAfterMs: verdict.retryAfterMs });
      advance(verdict.retryAfterMs);
      expect(limiter.check('10.0.0.5')).toEqual({ allowed: true });
    }
    expect(lockouts).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, MAX_LOCKOUT_MS, MAX_LOCKOUT_MS, MAX_LOCKOUT_MS]);
    expect(lockouts[0]).toBe(FIRST_LOCKOUT_MS);
  });

  it('counts each client address on its own and forgets one after a right code', () => {
    const { limiter } = setup();
    for (let i = 0; i < FREE_ATTEMPTS; i++) limiter.fail('10.0.0.5');
    expect(limiter.check('10.0.0.5').allowed).toBe(false);
    expect(limiter.check('10.0.0.6').allowed).toBe(true);
    limiter.succeed('10.0.0.5');
    expect(limiter.check('10.0.0.5').allowed).toBe(true);
    expect(limiter.fail('10.0.0.5')).toEqual({ allowed: true });
  });

  it('wears a code out after 20 wrong codes in all, from however many addresses, each below its own lockout', () => {
    const { limiter } = setup();
    expect(WRONG_CODES_PER_CODE).toBe(20);
    // 40 addresses, one guess each: no address comes near its lockout.
    const addresses = Array.from({ length: 40 }, (_, i) => `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`);
    for (const [index, address] of addresses.slice(0, 19).entries()) {
      expect(limiter.fail(address), `guess ${index + 1}`).toEqual({ allowed: true });
      expect(limiter.codeWornOut(), `guess ${index + 1}`).toBe(false);
    }
    limiter.fail(addresses[19]!);
    expect(limiter.codeWornOut()).toBe(true);
    for (const address of addresses) expect(limiter.check(address)).toEqual({ allowed: true });
  });

  it('counts afresh for a new code, while addresses stay locked out', () => {
    const { limiter } = setup();
    for (let i = 0; i < FREE_ATTEMPTS; i++) limiter.fail('10.0.0.5');
    for (let i = 0; i < WRONG_CODES_PER_CODE - FREE_ATTEMPTS; i++) limiter.fail(`10.0.1.${i + 1}`);
    expect(limiter.codeWornOut()).toBe(true);
    limiter.newCode();
    expect(limiter.codeWornOut()).toBe(false);
    expect(limiter.check('10.0.0.5').allowed).toBe(false);
    for (let i = 0; i < WRONG_CODES_PER_CODE - 1; i++) limiter.fail(`10.0.2.${i + 1}`);
    expect(limiter.codeWornOut()).toBe(false);
    limiter.fail('10.0.3.1');
    expect(limiter.codeWornOut()).toBe(true);
  });

  it('does not count a right code against the code', () => {
    const { limiter } = setup();
    for (let i = 0; i < WRONG_CODES_PER_CODE - 1; i++) limiter.fail(`10.0.1.${i + 1}`);
    limiter.succeed('10.0.9.9');
    expect(limiter.codeWornOut()).toBe(false);
  });
});
