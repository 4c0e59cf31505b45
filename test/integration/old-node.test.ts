import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killAllChildren, runNpmScript, useTempDir } from '../harness/index.ts';

/** A Node older than 22.18 on this machine (Debian's /usr/bin/node is 20), or undefined. */
function findOldNode(): { folder: string; version: string } | undefined {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    try {
      const version = execFileSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
      const [major = 0, minor = 0] = version.split('.').map(Number);
      const npm = path.join(path.dirname(candidate), 'npm');
      if ((major < 22 || (major === 22 && minor < 18)) && fs.existsSync(npm)) return { folder: path.dirname(candidate), version };
    } catch {
      // not installed here
    }
  }
  return undefined;
}

const oldNode = findOldNode();

describe.skipIf(oldNode === undefined)(`npm run serve and npm run cli on an older Node (${oldNode?.version ?? 'none found'})`, () => {
  const temp = useTempDir('debrief-old-node-');
  afterEach(killAllChildren);

  it.each([
    ['npm run cli', 'cli', ['meetings']],
    ['npm run serve', 'serve', ['--port', '0']],
  ])('%s names the Node version it needs in one sentence, and exits 1 having done nothing', async (command, script, args) => {
    const databasePath = temp.file('debrief.sqlite');
    const result = await runNpmScript(script, [...args, '--db', databasePath], { path: oldNode?.folder });

    expect(result.code).toBe(1);
    const errorLines = result.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(new RegExp(`^${command} needs Node\\.js 22\\.18 or newer\\b`));
    expect(errorLines[0]).toContain(`this is Node ${oldNode?.version}`);
    expect(result.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at /m);
    // Nothing ran after the check: no build (serve), no database.
    expect(result.stdout).not.toContain('building');
    expect(fs.existsSync(databasePath)).toBe(false);
  });
});
