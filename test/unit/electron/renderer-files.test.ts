import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererFilePath } from '../../../src/main/electron/renderer-files.ts';

const ROOT = '/app/out/renderer';

describe('rendererFilePath (POSIX)', () => {
  it.each([
    ['app://debrief/', '/app/out/renderer/index.html'],
    ['app://debrief/index.html', '/app/out/renderer/index.html'],
    ['app://debrief/index.html?view=audience#top', '/app/out/renderer/index.html'],
    ['app://debrief/assets/index-Ab12.js', '/app/out/renderer/assets/index-Ab12.js'],
    ['app://debrief/fonts/Inter%20Var.woff2', '/app/out/renderer/fonts/Inter Var.woff2'],
  ])('%s -> %s', (url, file) => {
    expect(rendererFilePath(ROOT, url, path.posix)).toBe(file);
  });

  it.each([
    'https://debrief/index.html',
    'file:///app/out/renderer/index.html',
    'app://other/index.html',
    'app://debrief:1234/index.html',
    'app://user:pw@debrief/index.html',
    'app://debrief/..%2f..%2fetc/passwd',
    'app://debrief/assets%2f..%2f..%2fsecret',
    'app://debrief/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://debrief/%E0%A4%A',
    'app://debrief/index.html%00.js',
    'app://debrief/.env',
    'app://debrief/assets/.hidden',
    'app://debrief/assets/',
    'app://debrief/assets//x.js',
    'app://debrief/a%5cb.js',
    'app://debrief/c:/windows/win.ini',
    'not a url',
  ])('refuses %s', (url) => {
    expect(rendererFilePath(ROOT, url, path.posix)).toBeNull();
  });

  it('leaves dot segments the URL parser already resolved clamped at the root', () => {
    expect(rendererFilePath(ROOT, 'app://debrief/%2e%2e/%2e%2e/etc/passwd', path.posix)).toBe('/app/out/renderer/etc/passwd');
  });

  it('never returns a path outside the root, whatever the URL', () => {
    const probes = ['..', '%2e%2e', '.%2e', '%2e.', '..%5c', '%252e%252e', '..;', '...', 'assets/../..'];
    for (const probe of probes) {
      const file = rendererFilePath(ROOT, `app://debrief/${probe}/etc/passwd`, path.posix);
      if (file !== null) expect(file.startsWith(`${ROOT}/`)).toBe(true);
    }
  });
});

describe('rendererFilePath (Windows)', () => {
  const WIN_ROOT = 'C:\\Program Files\\Debrief\\resources\\app.asar\\out\\renderer';

  it('maps into the root with Windows separators', () => {
    expect(rendererFilePath(WIN_ROOT, 'app://debrief/assets/app.js', path.win32)).toBe(`${WIN_ROOT}\\assets\\app.js`);
  });

  it.each([
    'app://debrief/..%5c..%5cwindows%5cwin.ini',
    'app://debrief/C:%5cWindows%5cwin.ini',
    'app://debrief/C:/Windows/win.ini',
    'app://debrief/index.html:secret',
    'app://debrief/%5c%5cserver%5cshare%5cx',
  ])('refuses %s', (url) => {
    expect(rendererFilePath(WIN_ROOT, url, path.win32)).toBeNull();
  });
});
