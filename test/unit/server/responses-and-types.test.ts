import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp.ts';
import { contentTypeFor } from '../../../src/main/static/content-types.ts';
import { statusForError } from '../../../src/main/server/error-status.ts';
import { isJsonContentType } from '../../../src/main/server/http-api.ts';
import { CONTENT_SECURITY_POLICY_HEADER, SECURITY_HEADERS } from '../../../src/main/server/security-headers.ts';

describe('security headers', () => {
  it('send the renderer CSP plus frame-ancestors, which only works as a header', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER.startsWith(CONTENT_SECURITY_POLICY)).toBe(true);
    expect(CONTENT_SECURITY_POLICY_HEADER).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app-1a2b.JS', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['fonts/inter.woff2', 'font/woff2'],
    ['icon.svg', 'image/svg+xml'],
    ['assets/section-end-9f8e.wav', 'audio/wav'],
    ['archive.bin', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    [undefined, false],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    ['application/jsonp', false],
  ])('%j -> %s', (header, expected) => {
    expect(isJsonContentType(header)).toBe(expected);
  });
});

describe('statusForError', () => {
  it('maps error codes to HTTP statuses', () => {
    expect(statusForError('invalid_input')).toBe(400);
    expect(statusForError('unknown_method')).toBe(404);
    expect(statusForError('not_found')).toBe(404);
    expect(statusForError('conflict')).toBe(409);
    expect(statusForError('internal')).toBe(500);
  });

  it('tells a full disk (507 Insufficient Storage) and a locked file (503, try again) from lasting failures', () => {
    expect(statusForError('disk_full')).toBe(507);
    expect(statusForError('locked')).toBe(503);
    expect(statusForError('read_only')).toBe(500);
    expect(statusForError('damaged')).toBe(500);
  });
});
