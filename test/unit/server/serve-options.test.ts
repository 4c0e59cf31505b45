import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseServeArgs } from '../../../src/main/server/serve-options.ts';

describe('parseServeArgs', () => {
  it('defaults to loopback on the default port', () => {
    expect(parseServeArgs([])).toEqual({
      ok: true,
      options: { port: DEFAULT_PORT, host: '127.0.0.1', databaseFlag: undefined, staticDir: undefined, help: false },
    });
  });

  it('reads every flag', () => {
    expect(parseServeArgs(['--port', '0', '--host', '::1', '--db', 'a.sqlite', '--static', 'dist'])).toEqual({
      ok: true,
      options: { port: 0, host: '::1', databaseFlag: 'a.sqlite', staticDir: 'dist', help: false },
    });
    expect(parseServeArgs(['--port=65535'])).toMatchObject({ ok: true, options: { port: 65535 } });
  });

  it.each([
    [['--port', '65536'], '--port'],
    [['--port', '-1'], ''],
    [['--port', 'abc'], '--port'],
    [['--port', '80.5'], '--port'],
    [['--port', ''], '--port'],
    [['--host', '0.0.0.0'], '--host'],
    [['--host', '192.168.1.10'], '--host'],
    [['--db', ''], '--db'],
    [['--verbose'], "'--verbose'"],
    [['extra'], "'extra'"],
  ])('refuses %j', (args, mentioned) => {
    const result = parseServeArgs(args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(mentioned);
  });
});
