import { IPC_EVENT_CHANNEL } from '../../shared/api/bridge.ts';
import type { EventReceiver } from './change-forwarding.ts';
import { isTrustedUrl } from './trusted-url.ts';

/**
 * Hands a menu command to one window's page, whose command registry performs it. Only a page on a trusted origin
 * hears about it; without a focused window there is no one to perform it. True when it was sent.
 */
export function sendMenuCommand(receiver: EventReceiver | null | undefined, commandId: string, trustedOrigins: readonly string[]): boolean {
  if (!receiver || receiver.isDestroyed() || !isTrustedUrl(receiver.getURL(), trustedOrigins)) return false;
  receiver.send(IPC_EVENT_CHANNEL, { event: 'command', payload: { commandId } });
  return true;
}

/** The audience screen has no controls: a menu command chosen while it has focus is meant for the console. */
export function commandReceiver<R extends EventReceiver>(focused: R | null | undefined, console: R | null | undefined): R | null {
  const isAudience = (receiver: R): boolean => /^#\/meetings\/[^/]+\/audience(\?|$)/.test(hashOf(receiver.getURL()));
  if (focused && !focused.isDestroyed() && !isAudience(focused)) return focused;
  return console && !console.isDestroyed() ? console : null;
}

function hashOf(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? '' : url.slice(at);
}
