import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, resolveDatabasePath } from '../../../src/main/paths.ts';

describe('defaultUserDataDir matches where Electron keeps userData for an app named Debrief', () => {
  it.each([
    ['linux', {}, '/home/ana', '/home/ana/.config/Debrief'],
    ['linux', { XDG_CONFIG_HOME: '/data/cfg' }, '/home/ana', '/data/cfg/Debrief'],
    ['linux', { XDG_CONFIG_HOME: 'relative/cfg' }, '/home/ana', '/home/ana/.config/Debrief'],
    ['darwin', {}, '/Users/ana', '/Users/ana/Library/Application Support/Debrief'],
    ['win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana', 'C:\\Users\\ana\\AppData\\Roaming\\Debrief'],
  ] as const)('%s %j', (platform, env, home, expected) => {
    expect(defaultUserDataDir(platform, env, home)).toBe(expected);
  });
});

describe('resolveDatabasePath', () => {
  it('prefers --db, then DEBRIEF_DB, then the user data folder', () => {
    expect(resolveDatabasePath({ flag: '/tmp/a.sqlite', env: { DEBRIEF_DB: '/tmp/b.sqlite' }, userDataDir: '/u' })).toBe('/tmp/a.sqlite');
    expect(resolveDatabasePath({ flag: undefined, env: { DEBRIEF_DB: '/tmp/b.sqlite' }, userDataDir: '/u' })).toBe('/tmp/b.sqlite');
    expect(resolveDatabasePath({ flag: undefined, env: { DEBRIEF_DB: '' }, userDataDir: '/u' })).toBe(path.join('/u', 'debrief.sqlite'));
    expect(resolveDatabasePath({ flag: 'rel.sqlite', env: {}, userDataDir: '/u' })).toBe(path.resolve('rel.sqlite'));
  });
});
