import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createCallHandler, type CallEvent } from '../../../src/main/electron/ipc-call.ts';
import type { CallResponse } from '../../../src/shared/api/wire.ts';
import { MAX_MESSAGE_BYTES } from '../../../src/shared/api/wire.ts';

const TRUSTED = ['app://debrief', 'http://localhost:5173'];
const OK: CallResponse = { ok: true, result: [] };

function setup(): { handler: ReturnType<typeof createCallHandler>; dispatch: ReturnType<typeof vi.fn> } {
  const dispatch = vi.fn((_method: unknown, _input: unknown): CallResponse => OK);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return { handler: createCallHandler({ trustedOrigins: TRUSTED, dispatch }), dispatch };
}

const from = (url: string, parent: unknown = null): CallEvent => ({ senderFrame: { url, parent } });
const request = { method: 'meetings.list', input: {} };

describe('the IPC call handler', () => {
  it.each(['app://debrief/index.html', 'app://debrief/', 'http://localhost:5173/', 'http://localhost:5173/?view=notes'])(
    'accepts a call from %s and dispatches it',
    (url) => {
      const { handler, dispatch } = setup();
      expect(handler(from(url), request)).toBe(OK);
      expect(dispatch).toHaveBeenCalledExactlyOnceWith('meetings.list', {});
    },
  );

  it.each([
    'https://example.com/',
    'file:///app/out/renderer/index.html',
    'app://evil/index.html',
    'http://localhost:5174/',
    'http://127.0.0.1:5173/',
    'about:blank',
    'data:text/html,x',
    '',
  ])('refuses a call from %s without dispatching it', (url) => {
    const { handler, dispatch } = setup();
    expect(() => handler(from(url), request)).toThrow(/Refused/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a frame that is gone', () => {
    const { handler, dispatch } = setup();
    expect(() => handler({ senderFrame: null }, request)).toThrow(/Refused/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a subframe, even on a trusted origin', () => {
    const { handler, dispatch } = setup();
    expect(() => handler(from('app://debrief/index.html', { url: 'app://debrief/index.html' }), request)).toThrow(/Refused/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a message larger than MAX_MESSAGE_BYTES before dispatching', () => {
    const { handler, dispatch } = setup();
    const big = { method: 'timeline.add', input: { description: 'x'.repeat(MAX_MESSAGE_BYTES) } };
    const response = handler(from('app://debrief/index.html'), big);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'input' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('lets an archive import through up to its own limit, since an archive carries its images', () => {
    const { handler, dispatch } = setup();
    const archive = { method: 'archive.import', input: { archive: 'x'.repeat(3 * MAX_MESSAGE_BYTES) } };
    handler(from('app://debrief/index.html'), archive);
    expect(dispatch).toHaveBeenCalledOnce();
  });

  it('counts bytes, not characters', () => {
    const { handler, dispatch } = setup();
    // 3 bytes per character in UTF-8: under the limit in characters, over it in bytes.
    const input = { description: '€'.repeat(Math.ceil(MAX_MESSAGE_BYTES / 2)) };
    expect(handler(from('app://debrief/index.html'), { method: 'timeline.add', input })).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('lets a message just under the limit through', () => {
    const { handler, dispatch } = setup();
    const input = { description: 'x'.repeat(MAX_MESSAGE_BYTES - 100) };
    handler(from('app://debrief/index.html'), { method: 'timeline.add', input });
    expect(dispatch).toHaveBeenCalledOnce();
  });

  it('answers input that is not JSON data with invalid_input', () => {
    const { handler, dispatch } = setup();
    expect(handler(from('app://debrief/index.html'), { method: 'meetings.list', input: { n: 1n } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('leaves malformed requests to dispatch, which names them unknown methods', () => {
    const { handler, dispatch } = setup();
    for (const malformed of [undefined, null, 42, 'meetings.list', []]) handler(from('app://debrief/'), malformed);
    expect(dispatch.mock.calls.every(([method, input]) => method === undefined && input === undefined)).toBe(true);
  });

  it('tells the import follower of each answered call, of each reload, and once of the window closing', () => {
    const dispatch = vi.fn((method: unknown): CallResponse => (method === 'timeline.import' ? { ok: false, error: { code: 'conflict', message: 'x' } } : OK));
    const answered = vi.fn();
    const closed = vi.fn();
    const handler = createCallHandler({ trustedOrigins: TRUSTED, dispatch, imports: { answered, closed } });
    const window = new EventEmitter();
    const call = (method: string, input: unknown) => handler({ ...from('app://debrief/index.html'), sender: window }, { method, input });
    call('timeline.importStart', { id: 'i1' });
    call('timeline.import', { importId: 'i1', events: [] });
    call('meetings.list', {});
    // A refused call is not one the follower hears of.
    expect(answered.mock.calls).toEqual([
      [window, 'timeline.importStart', { id: 'i1' }],
      [window, 'meetings.list', {}],
    ]);
    expect(window.listenerCount('destroyed')).toBe(1);
    expect(window.listenerCount('did-navigate')).toBe(1);
    window.emit('did-navigate');
    expect(closed).toHaveBeenCalledExactlyOnceWith(window);
    window.emit('destroyed');
    expect(closed).toHaveBeenCalledTimes(2);
  });
});
