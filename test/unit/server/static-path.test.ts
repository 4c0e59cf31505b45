import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, resolveStaticPath } from '../../../src/main/static/static-path.ts';

const root = path.resolve('/srv/debrief/renderer');

describe('resolveStaticPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/app-1a2b.js', 'assets/app-1a2b.js'],
    ['/assets/app.js?v=3#top', 'assets/app.js'],
    ['/fonts/Inter%20Regular.woff2', 'fonts/Inter Regular.woff2'],
  ])('maps %s inside the root', (target, relative) => {
    expect(resolveStaticPath(root, target)).toEqual({ ok: true, file: path.join(root, relative) });
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/',
    '/%2E%2E/package.json',
    '/..%2f..%2fetc/passwd',
    '/assets%2f..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/assets\\..\\..\\package.json',
    '/index.html%00.js',
    '/index.html\0',
    '/.env',
    '/.git/config',
    '/assets/./app.js',
    '/%',
    '/%E0%A4%A',
    '/C:/Windows/win.ini',
    'index.html',
    'http://evil.example/index.html',
  ])('refuses %j', (target) => {
    expect(resolveStaticPath(root, target)).toEqual({ ok: false, status: 400 });
  });

  it('answers 404 for a folder path', () => {
    expect(resolveStaticPath(root, '/assets/')).toEqual({ ok: false, status: 404 });
  });
});

describe('isInside', () => {
  it.each([
    [path.join(root, 'a.js'), true],
    [path.join(root, 'assets', '..foo.js'), true],
    [root, false],
    [path.dirname(root), false],
    [`${root}-other/a.js`, false],
  ])('%s -> %s', (candidate, expected) => {
    expect(isInside(root, candidate)).toBe(expected);
  });
});
