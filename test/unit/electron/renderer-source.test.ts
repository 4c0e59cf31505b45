import { describe, expect, it } from 'vitest';
import { rendererSource } from '../../../src/main/electron/renderer-source.ts';

describe('rendererSource', () => {
  it('packaged: loads app://debrief and trusts only it, whatever the environment says', () => {
    expect(rendererSource({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual({
      entryUrl: 'app://debrief/index.html',
      trustedOrigins: ['app://debrief'],
    });
  });

  it('development: loads the dev server and trusts it as well as app://debrief', () => {
    expect(rendererSource({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toEqual({
      entryUrl: 'http://localhost:5173',
      trustedOrigins: ['app://debrief', 'http://localhost:5173'],
    });
  });

  it('unpackaged without a usable dev server URL (electron-vite preview): the built files', () => {
    for (const devServerUrl of [undefined, '', 'file:///tmp/index.html']) {
      expect(rendererSource({ isPackaged: false, devServerUrl })).toEqual({
        entryUrl: 'app://debrief/index.html',
        trustedOrigins: ['app://debrief'],
      });
    }
  });
});
