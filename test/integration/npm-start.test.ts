import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort, killAllChildren, REPO_ROOT, runNpmScript, useTempDir } from '../harness/index.ts';

const electronFolder = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const electronVersion = (JSON.parse(fs.readFileSync(path.join(electronFolder, 'package.json'), 'utf8')) as { version: string }).version;

/** What other tests (and the developer) rely on in node_modules/electron; these tests must leave it as it was. */
function electronInstallState(): string[] {
  return fs.readdirSync(electronFolder).sort();
}

describe.skipIf(process.platform === 'win32')('npm start, npm run dev and npm run dist on a fresh machine', () => {
  const temp = useTempDir('debrief-npm-start-');
  let installedBefore: string[];

  beforeEach(() => {
    installedBefore = electronInstallState();
  });
  afterEach(async () => {
    await killAllChildren();
    expect(electronInstallState()).toEqual(installedBefore);
  });

  it.each([
    ['npm start', 'start'],
    ['npm run dev', 'dev'],
    ['npm run dist', 'dist'],
  ])('without internet, %s says in one sentence that the Electron download failed, and exits 1', async (command, script) => {
    // A closed port on 127.0.0.1 fails the download at once, where the real host might wait on DNS. The empty cache
    // and the missing dist folder make Electron's installer download even where a developer has Electron installed
    // (it then extracts nothing: the download fails first).
    const closedPort = await freePort();
    const result = await runNpmScript(script, [], {
      env: {
        ELECTRON_MIRROR: `http://127.0.0.1:${closedPort}/`,
        electron_config_cache: temp.file('electron-cache'),
        ELECTRON_OVERRIDE_DIST_PATH: temp.file('no-electron'),
        ELECTRON_EXEC_PATH: undefined,
      },
    });

    expect(result.code).toBe(1);
    const errorLines = result.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(errorLines).toHaveLength(1);
    const sentence = errorLines[0] ?? '';
    expect(sentence).toMatch(new RegExp(`^Could not download Electron ${electronVersion.replaceAll('.', '\\.')}, `));
    expect(sentence).toContain(`run ${command} again`);
    expect(sentence).toMatch(/npm run serve(, which)? works offline/);
    expect(sentence.endsWith('.')).toBe(true);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m);
    expect(result.stdout).not.toContain('Electron uninstall');
    // It stops before building: nothing in out/ is rebuilt under the other tests' feet.
    expect(result.stdout).not.toContain('building');
  });

  it('launches ELECTRON_EXEC_PATH with the freshly built app, without downloading Electron', async () => {
    // A copy of the project, so that this build does not replace out/ while other tests serve it.
    const app = temp.file('app');
    fs.mkdirSync(app);
    for (const entry of [
      'package.json',
      'electron.vite.config.ts',
      'tsconfig.json',
      'tsconfig.base.json',
      'tsconfig.node.json',
      'tsconfig.web.json',
      'src',
      'assets',
      'scripts',
    ]) {
      fs.cpSync(path.join(REPO_ROOT, entry), path.join(app, entry), { recursive: true });
    }
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(app, 'node_modules'), 'dir');

    const launchLog = temp.file('launch.txt');
    const stub = temp.file('electron-stub.sh');
    fs.writeFileSync(stub, `#!/bin/sh\npwd -P > "${launchLog}"\nprintf '%s\\n' "$@" >> "${launchLog}"\n`, { mode: 0o755 });
    const startedAt = Date.now();

    const result = await runNpmScript('start', [], {
      cwd: app,
      env: { ELECTRON_EXEC_PATH: stub, ELECTRON_MIRROR: `http://127.0.0.1:${await freePort()}/` },
      timeoutMs: 110_000,
    });

    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(result.stdout).not.toContain('Downloading Electron');
    const [cwd, ...argv] = fs.readFileSync(launchLog, 'utf8').trimEnd().split('\n');
    expect(cwd).toBe(fs.realpathSync(app));
    // Electron is given the app folder; it starts the file package.json's "main" names.
    expect(argv).toEqual(['.']);
    const main = (JSON.parse(fs.readFileSync(path.join(app, 'package.json'), 'utf8')) as { main: string }).main;
    expect(path.resolve(app, main)).toBe(path.join(app, 'out', 'main', 'index.js'));
    expect(fs.statSync(path.join(app, 'out', 'main', 'index.js')).mtimeMs).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(fs.existsSync(path.join(app, 'out', 'preload', 'index.cjs'))).toBe(true);
    expect(fs.existsSync(path.join(app, 'out', 'renderer', 'index.html'))).toBe(true);
  }, 120_000);
});
