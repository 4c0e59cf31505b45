import { ApiError } from '../../shared/api/errors.ts';
import { MAX_MESSAGE_BYTES, type CallResponse } from '../../shared/api/wire.ts';
import { maxInputBytes } from '../../shared/api/message-limits.ts';
import { isTrustedUrl } from './trusted-url.ts';
import type { UnfinishedImports } from '../server/unfinished-imports.ts';

interface WindowContents {
  once(event: 'destroyed', listener: () => void): unknown;
  /** A main-frame document navigation (a reload among them): the page that made the calls is gone. */
  on(event: 'did-navigate', listener: () => void): unknown;
}

/** The part of Electron's IpcMainInvokeEvent the handler looks at. */
export interface CallEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
  /** The window's web contents, which say when the window is gone (Electron always gives them). */
  readonly sender?: WindowContents;
}

export interface CallHandlerOptions {
  trustedOrigins: readonly string[];
  /** Validates and runs one API call; never throws (src/main/api/dispatch.ts). */
  dispatch: (method: unknown, input: unknown) => CallResponse;
  /** Hears of each answered call and of each window that closed or reloaded, so its unfinished import is rolled back. */
  imports?: Pick<UnfinishedImports, 'answered' | 'closed'>;
}

/** Size of the request as the JSON it would be on the WebSocket, so both transports share one limit; null if it has none. */
function jsonByteLength(value: unknown): number | null {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? 0 : Buffer.byteLength(json, 'utf8');
  } catch {
    return null;
  }
}

function field(request: unknown, name: 'method' | 'input'): unknown {
  return typeof request === 'object' && request !== null ? (request as Record<string, unknown>)[name] : undefined;
}

/**
 * The ipcMain.handle(IPC_CALL_CHANNEL) handler. A call from anything but the top frame of a page on a trusted origin is
 * refused by throwing, which rejects the caller's invoke() and is never answered with data.
 */
export function createCallHandler(options: CallHandlerOptions): (event: CallEvent, request: unknown) => CallResponse {
  const watched = new WeakSet<object>();
  const followImports = (sender: WindowContents | undefined, method: unknown, input: unknown) => {
    const { imports } = options;
    if (!imports || !sender || typeof method !== 'string') return;
    imports.answered(sender, method, input);
    if (watched.has(sender)) return;
    watched.add(sender);
    sender.once('destroyed', () => imports.closed(sender));
    sender.on('did-navigate', () => imports.closed(sender));
  };
  return (event, request) => {
    const frame = event.senderFrame;
    if (frame === null || frame.parent !== null || !isTrustedUrl(frame.url, options.trustedOrigins)) {
      console.warn(`Refused an API call from ${frame === null ? 'a frame that is gone' : JSON.stringify(frame.url.slice(0, 200))}`);
      throw new Error('Refused: this page may not use the Debrief API');
    }
    const size = jsonByteLength(request);
    if (size === null) {
      return { ok: false, error: new ApiError('invalid_input', 'input: is not plain JSON data', 'input').toBody() };
    }
    const method = field(request, 'method');
    const limit = typeof method === 'string' ? maxInputBytes(method) : MAX_MESSAGE_BYTES;
    if (size > limit) {
      return {
        ok: false,
        error: new ApiError('invalid_input', `input: the message is larger than ${limit} bytes`, 'input').toBody(),
      };
    }
    const response = options.dispatch(method, field(request, 'input'));
    if (response.ok) followImports(event.sender, method, field(request, 'input'));
    return response;
  };
}
