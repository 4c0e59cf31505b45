import { describe, expect, it } from 'vitest';
import { FIRST_LOCKOUT_MS, FREE_ATTEMPTS, MAX_LOCKOUT_MS, PairingLimiter } from '../../../src/main/joining/pairing-limiter.ts';

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
});
