import { IPC_EVENT_CHANNEL } from '../../shared/api/bridge.ts';
import type { ChangeEvent, ServerEvent } from '../../shared/api/events.ts';
import { isTrustedUrl } from './trusted-url.ts';

/** The part of a window's webContents that receives events. */
export interface EventReceiver {
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, message: ServerEvent): void;
}

export interface ChangeForwardingOptions {
  onChange: (listener: (event: ChangeEvent) => void) => () => void;
  /** Looked up on every event, so windows opened later are included. */
  receivers: () => Iterable<EventReceiver>;
  trustedOrigins: readonly string[];
}

/** Pushes every committed change to every window still showing a trusted page. Returns the function that stops it. */
export function forwardChanges(options: ChangeForwardingOptions): () => void {
  return options.onChange((payload) => {
    const message: ServerEvent = { event: 'changed', payload };
    for (const receiver of options.receivers()) {
      if (receiver.isDestroyed() || !isTrustedUrl(receiver.getURL(), options.trustedOrigins)) continue;
      receiver.send(IPC_EVENT_CHANNEL, message);
    }
  });
}
