import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  devServerOrigin,
  isAllowedNavigation,
  isExternalLink,
  isTrustedUrl,
  originOf,
} from '../../../src/main/electron/trusted-url.ts';

const DEV = 'http://localhost:5173';
const TRUSTED = [APP_ORIGIN, DEV];

describe('originOf', () => {
  it('gives app: URLs a real origin, unlike URL.origin', () => {
    expect(new URL(APP_ENTRY_URL).origin).toBe('null');
    expect(originOf(new URL(APP_ENTRY_URL))).toBe('app://debrief');
    expect(originOf(new URL('http://localhost:5173/x?y#z'))).toBe(DEV);
  });
});

describe('isTrustedUrl', () => {
  it.each([APP_ENTRY_URL, 'app://debrief/', 'app://debrief/assets/index-abc.js', `${DEV}/`, `${DEV}/src/main.tsx?t=1`])('trusts %s', (url) =>
    expect(isTrustedUrl(url, TRUSTED)).toBe(true),
  );

  it.each([
    'https://example.com/',
    'app://evil/index.html',
    'app://debrief.evil/index.html',
    'app://debrief:8080/index.html',
    'app://user:pw@debrief/index.html',
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://user@localhost:5173/',
    'file:///etc/passwd',
    'data:text/html,<script>1</script>',
    'javascript:alert(1)',
    'about:blank',
    'debrief',
    '',
  ])('does not trust %s', (url) => expect(isTrustedUrl(url, TRUSTED)).toBe(false));

  it('trusts nothing when the list is empty', () => {
    expect(isTrustedUrl(APP_ENTRY_URL, [])).toBe(false);
  });
});

describe('devServerOrigin', () => {
  it('takes the origin of an http(s) dev server URL', () => {
    expect(devServerOrigin('http://localhost:5173')).toBe(DEV);
    expect(devServerOrigin('http://localhost:5173/index.html')).toBe(DEV);
    expect(devServerOrigin('https://127.0.0.1:9000/')).toBe('https://127.0.0.1:9000');
  });

  it.each([undefined, '', 'not a url', 'file:///tmp/index.html', 'app://debrief', 'http://u:p@localhost:5173'])('refuses %s', (value) =>
    expect(devServerOrigin(value)).toBeNull(),
  );
});

describe('isAllowedNavigation', () => {
  it('allows navigation within the current trusted origin', () => {
    expect(isAllowedNavigation('app://debrief/index.html?view=audience', APP_ENTRY_URL, TRUSTED)).toBe(true);
    expect(isAllowedNavigation(`${DEV}/other`, `${DEV}/`, TRUSTED)).toBe(true);
  });

  it('refuses foreign targets', () => {
    expect(isAllowedNavigation('https://example.com/', APP_ENTRY_URL, TRUSTED)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', APP_ENTRY_URL, TRUSTED)).toBe(false);
  });

  it('refuses hopping from one trusted origin to another', () => {
    expect(isAllowedNavigation(`${DEV}/`, APP_ENTRY_URL, TRUSTED)).toBe(false);
    expect(isAllowedNavigation(APP_ENTRY_URL, `${DEV}/`, TRUSTED)).toBe(false);
  });

  it('refuses leaving an untrusted page for a trusted one', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL, 'https://example.com/', TRUSTED)).toBe(false);
  });

  it('before anything has loaded, requires only a trusted target', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL, '', TRUSTED)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', '', TRUSTED)).toBe(false);
  });
});

describe('isExternalLink', () => {
  it('accepts https links', () => {
    expect(isExternalLink('https://sre.google/sre-book/postmortem-culture/')).toBe(true);
  });

  it.each(['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://u:p@example.com/', 'nope'])('refuses %s', (url) =>
    expect(isExternalLink(url)).toBe(false),
  );
});
