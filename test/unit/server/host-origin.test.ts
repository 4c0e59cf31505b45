import { describe, expect, it } from 'vitest';
import { allowedHostHeaders, formatHostName, isAllowedHost, isAllowedOrigin } from '../../../src/main/server/host-origin.ts';

describe('allowedHostHeaders', () => {
  it('accepts the loopback names with the port, and the bound host', () => {
    expect([...allowedHostHeaders('127.0.0.1', 4173)].sort()).toEqual(['127.0.0.1:4173', 'localhost:4173']);
    expect([...allowedHostHeaders('::1', 4173)].sort()).toEqual(['127.0.0.1:4173', '[::1]:4173', 'localhost:4173']);
  });

  it('also accepts a bare name on port 80, where browsers leave the port out', () => {
    expect(allowedHostHeaders('127.0.0.1', 80).has('localhost')).toBe(true);
    expect(allowedHostHeaders('127.0.0.1', 4173).has('localhost')).toBe(false);
  });
});

describe('isAllowedHost', () => {
  const allowed = allowedHostHeaders('127.0.0.1', 4173);

  it.each([
    ['127.0.0.1:4173', true],
    ['localhost:4173', true],
    ['LOCALHOST:4173', true],
    [undefined, false],
    ['', false],
    ['127.0.0.1', false],
    ['127.0.0.1:4174', false],
    ['evil.example:4173', false],
    ['localhost.evil.example:4173', false],
    ['127.0.0.1:4173.evil.example', false],
    ['0.0.0.0:4173', false],
  ])('%j -> %s', (host, expected) => {
    expect(isAllowedHost(host, allowed)).toBe(expected);
  });
});

describe('isAllowedOrigin', () => {
  const allowed = allowedHostHeaders('127.0.0.1', 4173);

  it.each([
    [undefined, true],
    ['http://127.0.0.1:4173', true],
    ['http://localhost:4173', true],
    ['null', false],
    ['', false],
    ['https://127.0.0.1:4173', false],
    ['http://127.0.0.1:4174', false],
    ['http://evil.example', false],
    ['http://localhost:4173.evil.example', false],
    ['file://', false],
  ])('%j -> %s', (origin, expected) => {
    expect(isAllowedOrigin(origin, allowed)).toBe(expected);
  });
});

describe('formatHostName', () => {
  it('brackets IPv6 literals only', () => {
    expect(formatHostName('::1')).toBe('[::1]');
    expect(formatHostName('[::1]')).toBe('[::1]');
    expect(formatHostName('127.0.0.1')).toBe('127.0.0.1');
    expect(formatHostName('LocalHost')).toBe('localhost');
  });
});
