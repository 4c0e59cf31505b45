import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

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

/** Starts `node src/main/server/serve.ts ...args` and resolves once it prints its URL. */
export function startServeProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const child = spawnTracked(SERVE_ENTRY, args, env);
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
        socketUrl: `ws://${printed.host}/api/ws?token=${token}`,
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
export function runToExit(entry: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 20_000): Promise<ExitedProcess> {
  const child = spawnTracked(entry, args, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(entry)} ${args.join(' ')} did not exit within ${timeoutMs} ms\n${stdout}${stderr}`));
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

export function runCliProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ExitedProcess> {
  return runToExit(CLI_ENTRY, args, env);
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

function spawnTracked(entry: string, args: readonly string[], env: NodeJS.ProcessEnv): ChildProcess {
  // DEBRIEF_DB and XDG_CONFIG_HOME from the developer's shell must not point a test at their real database.
  const { DEBRIEF_DB: _db, XDG_CONFIG_HOME: _config, ...inherited } = process.env;
  const child = spawn(process.execPath, [entry, ...args], {
    cwd: REPO_ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}
