import { describe, expect, it } from 'vitest';
import { accessCookie, newAccessToken, withoutToken } from '../../../src/main/server/access-token.ts';
import { sameSecret } from '../../../src/main/server/same-secret.ts';

describe('the loopback server access token', () => {
  it('is 32 random bytes in base64url, different every time', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => newAccessToken()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('becomes an HttpOnly, SameSite=Strict cookie named after the port', () => {
    expect(accessCookie(4173, 'abc')).toBe('debrief_token_4173=abc; HttpOnly; SameSite=Strict; Path=/');
  });

  it.each([
    ['/?token=abc', '/'],
    ['/?theme=dark&token=abc', '/?theme=dark'],
    ['/assets/app.js?token=abc&v=1', '/assets/app.js?v=1'],
    ['//evil.example/?token=abc', '/'],
    ['/.//evil.example/x?token=abc', '/evil.example/x'],
  ])('takes the token out of %s', (url, expected) => {
    expect(withoutToken(url)).toBe(expected);
  });

  it('compares secrets whole, whatever their lengths', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'ab')).toBe(false);
    expect(sameSecret('abc', '')).toBe(false);
  });
});
