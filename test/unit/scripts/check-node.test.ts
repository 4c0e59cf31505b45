import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../../scripts/check-node.js';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

// Node strips TypeScript types by default from 22.18.0 on the 22 line and from 23.6.0 on the 23 line (Node's
// changelogs); before that, `node file.ts` fails with ERR_UNKNOWN_FILE_EXTENSION.
describe('nodeVersionProblem (the Node check before npm run serve and npm run cli)', () => {
  it.each(['v22.18.0', 'v22.20.1', 'v23.6.0', 'v24.0.0', 'v24.21.0', 'v26.1.0', '22.18.0'])('accepts Node %s', (version) => {
    expect(nodeVersionProblem(version, 'npm run serve')).toBeNull();
  });

  it.each(['v18.20.8', 'v20.20.2', 'v22.12.0', 'v22.17.1', 'v23.5.0', 'v23.0.0', '20.19.0'])('refuses Node %s in one sentence', (version) => {
    const problem = nodeVersionProblem(version, 'npm run cli');
    expect(problem).toMatch(/^npm run cli needs Node\.js 22\.18 or newer\b/);
    expect(problem).toContain(`this is Node ${version.replace(/^v/, '')}`);
    expect(problem).toContain('.nvmrc');
    expect(problem?.split('\n')).toHaveLength(1);
  });

  it('tells a Node 23 user that the 23 line needs 23.6', () => {
    expect(nodeVersionProblem('v23.4.0', 'npm run serve')).toContain('23.6 or newer');
  });

  it('agrees with package.json engines, .nvmrc and the README', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('^22.18.0 || >=23.6.0');
    const nvmrc = fs.readFileSync(path.join(root, '.nvmrc'), 'utf8').trim();
    expect(nodeVersionProblem(`v${nvmrc}.0.0`, 'npm run serve')).toBeNull();
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('Node.js 22.18 or newer');
  });
});
