import { execFileSync } from 'node:child_process';
import type { GitCommitResult } from '../../shared/api/publish.ts';

/** Long enough for a repository's own commit hooks; a git that hangs (waiting for a passphrase, say) is given up on. */
const GIT_TIMEOUT_MS = 60_000;

interface GitRun {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** git itself could not be started. */
  missing: boolean;
}

/**
 * Runs the user's own git in `dir` (`git -C dir …`), never through a shell, never asking on the terminal. Synchronous,
 * like every handler: the caller waits for the commit anyway.
 */
export function runGit(dir: string, args: readonly string[]): GitRun {
  try {
    const stdout = execFileSync('git', ['-C', dir, ...args], {
      encoding: 'utf8',
      timeout: GIT_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      windowsHide: true,
    });
    return { ok: true, stdout, stderr: '', missing: false };
  } catch (error) {
    const failure = error as { code?: unknown; stdout?: unknown; stderr?: unknown };
    return {
      ok: false,
      stdout: typeof failure.stdout === 'string' ? failure.stdout : '',
      stderr: typeof failure.stderr === 'string' ? failure.stderr : '',
      missing: failure.code === 'ENOENT',
    };
  }
}

/** Whether `dir` lies inside a git working tree (false too when git is not installed). */
export function isGitWorkTree(dir: string): boolean {
  const run = runGit(dir, ['rev-parse', '--is-inside-work-tree']);
  return run.ok && run.stdout.trim() === 'true';
}

const firstLines = (text: string): string => text.trim().split('\n').slice(0, 3).join(' ').slice(0, 400);

function hasIdentity(dir: string): boolean {
  const configured = (key: string, env: string) => (process.env[env] ?? '') !== '' || runGit(dir, ['config', key]).stdout.trim() !== '';
  return configured('user.name', 'GIT_AUTHOR_NAME') && configured('user.email', 'GIT_AUTHOR_EMAIL');
}

/**
 * Commits `paths` (relative to `dir`) and nothing else, as the user: their git, their configured name and e-mail, their
 * hooks. Changes the user had staged in other files stay staged and out of this commit. Nothing is pushed.
 */
export function commitPaths(dir: string, paths: readonly string[], message: string): GitCommitResult {
  const version = runGit(dir, ['--version']);
  if (version.missing) return { committed: false, message: 'git was not found on this computer: install git, or commit the published files yourself.' };
  if (!isGitWorkTree(dir)) return { committed: false, message: `${dir} is not inside a git working copy, so there is nothing to commit to.` };
  if (!hasIdentity(dir)) {
    return {
      committed: false,
      message:
        'git does not know who you are: set your name and e-mail (git config --global user.name "Your Name" and git config --global user.email you@example.com), then commit again.',
    };
  }
  const add = runGit(dir, ['add', '--all', '--', ...paths]);
  if (!add.ok) return { committed: false, message: `git could not add the published files: ${firstLines(add.stderr)}` };
  const staged = runGit(dir, ['diff', '--cached', '--quiet', '--', ...paths]);
  if (staged.ok) return { committed: false, message: 'Nothing to commit: the published files are already committed as they are.' };
  const commit = runGit(dir, ['commit', '--quiet', '--no-edit', '-m', message, '--only', '--', ...paths]);
  if (!commit.ok) return { committed: false, message: `git could not commit: ${firstLines(commit.stderr || commit.stdout) || 'it gave no reason'}` };
  const head = runGit(dir, ['rev-parse', 'HEAD']);
  const id = head.stdout.trim();
  return { committed: true, commit: id, message: `Committed ${id.slice(0, 12)} (not pushed).` };
}
