// @ts-check
/**
 * Runs before `npm start`, `npm run dev` and `npm run dist`. Electron's npm package no longer downloads its binary
 * when installed, and electron-vite reads node_modules/electron/path.txt (written by that download) without asking
 * for it, so a fresh clone failed with "Error: Electron uninstall". This runs Electron's own installer first. When
 * the download fails (no internet), the user gets one sentence, not the installer's stack trace.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The sentence shown when Electron could not be downloaded.
 * @param {{ command: string, version: string, reason: string }} failure
 */
export function electronDownloadFailure({ command, version, reason }) {
  const cause = reason ? ` (${reason})` : '';
  if (command === 'npm run dist') {
    return (
      `Could not download Electron ${version}, which npm run dist packages into the installers${cause}: packaging ` +
      'downloads Electron and its build tools, so connect to the internet and run npm run dist again ' +
      '(npm run serve works offline).'
    );
  }
  return (
    `Could not download Electron ${version}, which ${command} needs to open the desktop app${cause}: connect to ` +
    `the internet and run ${command} again, or use npm run serve, which works offline in any browser.`
  );
}

/**
 * The installer's own error, without its stack trace or error class: "TypeError: fetch failed" -> "fetch failed".
 * @param {string} stderr
 */
export function installerReason(stderr) {
  const line = stderr.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  return line.trim().replace(/^[A-Za-z]*Error: /, '');
}

/** @param {string | undefined} lifecycleEvent npm's name for the running script */
function commandName(lifecycleEvent) {
  if (lifecycleEvent === 'start' || lifecycleEvent === undefined) return 'npm start';
  return `npm run ${lifecycleEvent}`;
}

function ensureElectron() {
  const command = commandName(process.env.npm_lifecycle_event);
  // electron-vite launches ELECTRON_EXEC_PATH when it is set; electron-builder does not look at it.
  if (process.env.ELECTRON_EXEC_PATH && command !== 'npm run dist') return 0;

  const require = createRequire(import.meta.url);
  /** @type {string} */
  let installer;
  try {
    installer = require.resolve('electron/install.js');
  } catch {
    console.error(`Electron is not in node_modules: run npm install, then ${command} again.`);
    return 1;
  }
  const version = /** @type {{ version: string }} */ (require('electron/package.json')).version;
  if (!fs.existsSync(path.join(path.dirname(installer), 'path.txt'))) {
    console.log(`Downloading Electron ${version} for this computer (once)...`);
  }
  // The installer does nothing when the binary is already there. Its stderr is held back: on failure it is a stack.
  const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (result.status === 0) {
    process.stderr.write(result.stderr);
    return 0;
  }
  const reason = result.error ? result.error.message : installerReason(result.stderr ?? '');
  console.error(electronDownloadFailure({ command, version, reason }));
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = ensureElectron();
}
