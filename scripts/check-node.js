// @ts-check
/**
 * Runs before `npm run serve` and `npm run cli`, which hand .ts files straight to Node. Node strips the types by
 * default only from 22.18 (and, on the odd 23 line, from 23.6); an older Node stops with ERR_UNKNOWN_FILE_EXTENSION
 * and a stack trace. This says instead, in one sentence, which Node is needed. Plain JavaScript with nothing newer
 * than ES modules, so that it runs on the old Node it is there to catch.
 */
import { pathToFileURL } from 'node:url';

/**
 * Why this Node cannot run Debrief's TypeScript, or null when it can.
 * @param {string} version `process.version` or `process.versions.node`, e.g. "v20.20.2"
 * @param {string} command what the user ran, e.g. "npm run serve"
 * @returns {string | null}
 */
export function nodeVersionProblem(version, command) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  const major = parts[0] || 0;
  const minor = parts[1] || 0;
  const stripsTypes = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);
  if (stripsTypes) return null;
  const needed = major === 23 ? 'Node.js 22.18 or newer (on the 23 line, 23.6 or newer)' : 'Node.js 22.18 or newer';
  return (
    `${command} needs ${needed}, which runs TypeScript without a build step, but this is Node ${version.replace(/^v/, '')}: ` +
    'install Node 24 LTS (the version in .nvmrc) and run it again.'
  );
}

/** @param {string | undefined} lifecycleEvent npm's name for the running script */
function commandName(lifecycleEvent) {
  return lifecycleEvent ? `npm run ${lifecycleEvent}` : 'Debrief';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problem = nodeVersionProblem(process.version, commandName(process.env.npm_lifecycle_event));
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
