import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  rawRequest,
  killAllChildren,
  REPO_ROOT,
  runToExit,
  SERVE_ENTRY,
  startServeProcess,
  STATIC_INDEX_HTML,
  writeStaticSite,
  connectTestSocket,
  useTempDir,
} from '../harness/index.ts';

describe('npm run serve (serve.ts as a process)', () => {
  const temp = useTempDir('debrief-serve-');
  let staticDir: string;
  let databasePath: string;

  beforeEach(() => {
    staticDir = writeStaticSite(temp.file('renderer'));
    databasePath = temp.file(path.join('data', 'debrief.sqlite'));
  });
  afterEach(killAllChildren);

  it.each(['SIGTERM', 'SIGINT'] as const)('prints one line with its URL, serves, and on %s closes cleanly', async (signal) => {
    const serve = await startServeProcess(['--port', '0', '--db', databasePath, '--static', staticDir]);
    // 32 random bytes, base64url: the per-launch token a browser trades for its cookie.
    expect(serve.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${serve.port}/\\?token=[A-Za-z0-9_-]{43}$`));
    expect(serve.databasePath).toBe(databasePath);
    expect(fs.existsSync(databasePath)).toBe(true);

    expect(await rawRequest({ port: serve.port, token: serve.token, path: '/' })).toMatchObject({ status: 200, body: STATIC_INDEX_HTML });
    expect((await rawRequest({ port: serve.port, path: '/' })).status).toBe(401);
    const socket = await connectTestSocket(serve.socketUrl, { origin: serve.origin });
    expect(await socket.call('meetings.create', { title: 'Served' })).toMatchObject({ ok: true });

    serve.child.kill(signal);
    expect(await serve.exited).toBe(0);
    expect((await socket.closed).code).toBe(1001);
    expect(serve.output()).toEqual({ stdout: `Debrief is running at ${serve.url} (database: ${databasePath})\n`, stderr: '' });
    // A clean close checkpoints and removes the write-ahead log.
    expect(fs.existsSync(`${databasePath}-wal`)).toBe(false);
    const db = new DatabaseConstructor(databasePath, { readonly: true });
    expect(db.prepare('SELECT title FROM meetings').all()).toEqual([{ title: 'Served' }]);
    db.close();
  });

  it('finds its database through DEBRIEF_DB, else in the user data folder', async () => {
    const fromEnv = await startServeProcess(['--port', '0', '--static', staticDir], { DEBRIEF_DB: databasePath });
    expect(fromEnv.databasePath).toBe(databasePath);
    fromEnv.child.kill('SIGTERM');
    await fromEnv.exited;

    const configHome = temp.file('config');
    const fromDefault = await startServeProcess(['--port', '0', '--static', staticDir], { XDG_CONFIG_HOME: configHome });
    const expected = path.join(configHome, 'Debrief', 'debrief.sqlite');
    if (process.platform === 'linux') expect(fromDefault.databasePath).toBe(expected);
    expect(fs.existsSync(fromDefault.databasePath)).toBe(true);
    fromDefault.child.kill('SIGTERM');
    await fromDefault.exited;
  });

  it('exits 1 with a clear error when the port is busy', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const result = await runToExit(SERVE_ENTRY, ['--port', String(port), '--db', databasePath, '--static', staticDir]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`error: port ${port} on 127.0.0.1 is already in use`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['--port', 'http'], '--port must be a whole number'],
    [['--port', '70000'], '--port must be a whole number'],
    [['--host', '0.0.0.0'], '--host must be one of 127.0.0.1, localhost, ::1'],
    [['stray'], "'stray'"],
  ])('exits 1 with usage for the bad flags %j', async (args, message) => {
    const result = await runToExit(SERVE_ENTRY, [...args, '--db', databasePath, '--static', staticDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: npm run serve');
    expect(fs.existsSync(databasePath)).toBe(false);
  });

  it('exits 1 and says to build when the renderer is missing', async () => {
    const result = await runToExit(SERVE_ENTRY, ['--port', '0', '--db', databasePath, '--static', temp.file('nothing-here')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('run npm run build first');
    expect(fs.existsSync(databasePath)).toBe(false);
  });

  it('exits 1 on a database from a newer version, leaving the file untouched', async () => {
    fs.mkdirSync(path.dirname(databasePath), { recursive: true });
    const future = new DatabaseConstructor(databasePath);
    future.pragma('user_version = 9999');
    future.close();
    const hash = createHash('sha256').update(fs.readFileSync(databasePath)).digest('hex');

    const result = await runToExit(SERVE_ENTRY, ['--port', '0', '--db', databasePath, '--static', staticDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error: cannot open the database ${databasePath}`);
    expect(result.stderr).toContain('newer version of Debrief');
    expect(createHash('sha256').update(fs.readFileSync(databasePath)).digest('hex')).toBe(hash);
  });

  it('serves the real build from out/renderer by default, or says to build it', async () => {
    const built = fs.existsSync(path.join(REPO_ROOT, 'out', 'renderer', 'index.html'));
    if (!built) {
      const result = await runToExit(SERVE_ENTRY, ['--port', '0', '--db', databasePath]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('run npm run build first');
      return;
    }
    const serve = await startServeProcess(['--port', '0', '--db', databasePath]);
    const page = await rawRequest({ port: serve.port, token: serve.token, path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
  });
});
