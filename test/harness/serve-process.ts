import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { apiSocketUrl } from './ws-client.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SERVE_ENTRY = path.join(REPO_ROOT, 'src', 'main', 'server', 'serve.ts');
export const CLI_ENTRY = path.join(REPO_ROOT, 'src', 'main', 'cli', 'index.ts');

const READY_LINE = /^Debrief is running at (http:\/\/\S+) \(database: (.+)\)$/;
const running = new Set<ChildProcess>();

export interface ServeProcess {
  /** The printed address, with this launch's token: http://127.0.0.1:PORT/?token=… */
  url: string;
  port: number;
  /** The token from the printed address, for scripted calls (postCall and rawRequest take it as `token`). */
  token: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** ws://127.0.0.1:PORT/api/ws?token=… */
  socketUrl: string;
  databasePath: string;
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

export interface ExitedProcess {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** How a child is started, beyond its arguments and environment. */
export interface LaunchOptions {
  /** A command that runs node, e.g. setpriv dropping root's right to write anywhere (see storage-faults.ts). */
  prefix?: readonly string[];
  /** Hears the child as soon as it is spawned (to kill it at a chosen moment). */
  onStart?: (child: ChildProcess) => void;
  /** The working folder; the repository unless given. */
  cwd?: string;
  /** Written to the child's standard input, which is then closed (none: no standard input). */
  input?: string;
}

/** Starts `node src/main/server/serve.ts ...args` and resolves once it prints its URL. */
export function startServeProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}, launch: LaunchOptions = {}): Promise<ServeProcess> {
  const child = spawnTracked(process.execPath, [SERVE_ENTRY, ...args], env, launch);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.ts printed no URL within 15 s\n${stdout}${stderr}`)), 15_000);
    const onData = (): void => {
      const line = stdout.split('\n').find((candidate) => READY_LINE.test(candidate));
      const match = line?.match(READY_LINE);
      if (!match?.[1] || !match[2]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      const printed = new URL(match[1]);
      const token = printed.searchParams.get('token') ?? '';
      resolve({
        url: match[1],
        port: Number(printed.port),
        token,
        origin: printed.origin,
        socketUrl: apiSocketUrl(printed.host, token),
        databasePath: match[2],
        child,
        output: () => ({ stdout, stderr }),
        exited,
      });
    };
    child.stdout?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve.ts exited (${code}) before it was ready\n${stdout}${stderr}`));
    });
  });
}

/** Runs a Node entry point to completion (serve.ts that should refuse to start, or a CLI command). */
export function runToExit(
  entry: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 20_000,
  launch: LaunchOptions = {},
): Promise<ExitedProcess> {
  const child = spawnTracked(process.execPath, [entry, ...args], env, launch);
  return collectExit(child, `${path.basename(entry)} ${args.join(' ')}`, timeoutMs);
}

function collectExit(child: ChildProcess, label: string, timeoutMs: number): Promise<ExitedProcess> {
  let stdout = '';
  let stderr = '';
  // Decoded as a stream: a character split between two chunks stays whole.
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${label} did not exit within ${timeoutMs} ms\n${stdout}${stderr}`));
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/**
 * Runs `npm run <script> -- ...args` (or `npm start`) to completion, as a user types it. `path` (a folder) is put
 * first on PATH, so npm and the script's `node` are that folder's; `cwd` defaults to the repository.
 */
export function runNpmScript(
  script: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; path?: string; timeoutMs?: number } = {},
): Promise<ExitedProcess> {
  const npmArgs = script === 'start' ? ['start'] : ['run', script];
  if (args.length > 0) npmArgs.push('--', ...args);
  const env = { ...options.env };
  if (options.path) env.PATH = `${options.path}${path.delimiter}${process.env.PATH ?? ''}`;
  const child = spawnTracked('npm', npmArgs, env, options.cwd === undefined ? {} : { cwd: options.cwd });
  return collectExit(child, `npm ${npmArgs.join(' ')}`, options.timeoutMs ?? 60_000);
}

export function runCliProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}, launch: LaunchOptions = {}): Promise<ExitedProcess> {
  return runToExit(CLI_ENTRY, args, env, 20_000, launch);
}

/** Kills every child these helpers started that is still running; for afterEach/afterAll. */
export async function killAllChildren(): Promise<void> {
  const stillRunning = [...running];
  await Promise.all(
    stillRunning.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            resolve();
            return;
          }
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

function spawnTracked(program: string, args: readonly string[], env: NodeJS.ProcessEnv, launch: LaunchOptions = {}): ChildProcess {
  // DEBRIEF_DB and XDG_CONFIG_HOME from the developer's shell must not point a test at their real database.
  const { DEBRIEF_DB: _db, XDG_CONFIG_HOME: _config, ...inherited } = process.env;
  const [command = program, ...commandArgs] = [...(launch.prefix ?? []), program, ...args];
  const child = spawn(command, commandArgs, {
    cwd: launch.cwd ?? REPO_ROOT,
    env: { ...inherited, ...env },
    stdio: [launch.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  child.stdin?.end(launch.input, 'utf8');
  running.add(child);
  child.on('exit', () => running.delete(child));
  launch.onStart?.(child);
  return child;
}
