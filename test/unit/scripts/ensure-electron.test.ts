import { describe, expect, it } from 'vitest';
import { electronDownloadFailure, installerReason } from '../../../scripts/ensure-electron.js';

describe('electronDownloadFailure (the sentence when Electron cannot be downloaded)', () => {
  it.each(['npm start', 'npm run dev'])('for %s: what failed, how to retry, and that npm run serve works offline', (command) => {
    const sentence = electronDownloadFailure({ command, version: '45.4.1', reason: 'fetch failed' });
    expect(sentence).toMatch(/^Could not download Electron 45\.4\.1, /);
    expect(sentence).toContain('(fetch failed)');
    expect(sentence).toContain(`run ${command} again`);
    expect(sentence).toContain('npm run serve, which works offline');
    expect(sentence.split('\n')).toHaveLength(1);
  });

  it('for npm run dist: packaging needs the internet', () => {
    const sentence = electronDownloadFailure({ command: 'npm run dist', version: '45.4.1', reason: '' });
    expect(sentence).toMatch(/^Could not download Electron 45\.4\.1, which npm run dist packages into the installers: /);
    expect(sentence).toContain('run npm run dist again');
    expect(sentence).toContain('npm run serve works offline');
  });
});

describe('installerReason', () => {
  it.each([
    ['TypeError: fetch failed\n', 'fetch failed'],
    ['\nError: Generated checksum for "electron.zip" did not match\n    at validate (index.js:1:1)\n', 'Generated checksum for "electron.zip" did not match'],
    [
      'HTTPError: Response code 404 (Not Found) for http://127.0.0.1:1/v45.4.1/electron.zip',
      'Response code 404 (Not Found) for http://127.0.0.1:1/v45.4.1/electron.zip',
    ],
    ['', ''],
  ])('reads %j as %j', (stderr, reason) => {
    expect(installerReason(stderr)).toBe(reason);
  });
});
