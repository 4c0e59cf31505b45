import { describe, expect, it } from 'vitest';
import { codesMatch, newPairingCode } from '../../../src/main/joining/pairing-code.ts';
import { sessionCookie, sessionTokenFrom } from '../../../src/main/joining/session-cookie.ts';

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Strict, for the whole site, and not Secure (plain http on the LAN)', () => {
    expect(sessionCookie('abc')).toBe('debrief_session=abc; HttpOnly; SameSite=Strict; Path=/');
  });

  it('reads the token among other cookies, and nothing from an empty or missing one', () => {
    expect(sessionTokenFrom('theme=dark; debrief_session=tok_123-x; other=1')).toBe('tok_123-x');
    expect(sessionTokenFrom('debrief_session=')).toBeUndefined();
    expect(sessionTokenFrom('xdebrief_session=abc')).toBeUndefined();
    expect(sessionTokenFrom(undefined)).toBeUndefined();
  });
});

describe('pairing code', () => {
  it('is six digits and matches only itself', () => {
    const code = newPairingCode();
    expect(code).toMatch(/^\d{6}$/);
    expect(codesMatch(code, code)).toBe(true);
    expect(codesMatch('123456', '123457')).toBe(false);
    expect(codesMatch('123456', '12345')).toBe(false);
  });
});
