import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createUploadHandler } from '../../../src/main/electron/ipc-upload.ts';
import type { CallResponse } from '../../../src/shared/api/wire.ts';

const TRUSTED = ['app://debrief'];
const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
const input = (bytes: Uint8Array) => ({ meetingId: 'm1', target: 'timeline_event', targetId: 't1', caption: 'Lag', fileName: 'lag.png', bytes });

describe('the upload IPC handler', () => {
  const dispatch = vi.fn<(method: 'evidence.upload', input: unknown) => CallResponse>();
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    dispatch.mockReset().mockReturnValue({ ok: true, result: 'stored' });
  });

  it('passes an image from the app’s own page to evidence.upload', () => {
    const handler = createUploadHandler({ trustedOrigins: TRUSTED, dispatch });
    const request = input(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect(handler(from('app://debrief/index.html'), request)).toEqual({ ok: true, result: 'stored' });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('evidence.upload', request);
  });

  it.each([
    ['another origin', from('https://example.com/')],
    ['a sub-frame', from('app://debrief/index.html', {})],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses %s by throwing, and uploads nothing', (_name, event) => {
    const handler = createUploadHandler({ trustedOrigins: TRUSTED, dispatch });
    expect(() => handler(event, input(new Uint8Array([1])))).toThrow(/Refused/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses more than 10 MB naming the file, before the service sees it', () => {
    const handler = createUploadHandler({ trustedOrigins: TRUSTED, dispatch });
    const reply = handler(from('app://debrief/index.html'), input(new Uint8Array(10 * 1024 * 1024 + 1)));
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'bytes', message: expect.stringMatching(/^"lag.png" is larger than 10 MB/) },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
