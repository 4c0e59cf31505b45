/**
 * Host and Origin checks. A page on another site can reach a loopback server through DNS rebinding (its own
 * name resolving to 127.0.0.1), and it can open a WebSocket to any origin; checking Host and Origin stops both.
 */

/** The Host header values this server answers to: loopback names with its port, and the host it is bound to. */
export function allowedHostHeaders(boundHost: string, port: number): ReadonlySet<string> {
  const names = new Set(['127.0.0.1', 'localhost', formatHostName(boundHost)]);
  const hosts = new Set<string>();
  for (const name of names) {
    hosts.add(`${name}:${port}`);
    // A browser leaves the port out of Host when it is the scheme's default.
    if (port === 80) hosts.add(name);
  }
  return hosts;
}

/** IPv6 literals appear in Host headers and URLs in brackets. */
export function formatHostName(host: string): string {
  const lower = host.toLowerCase();
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
}

export function isAllowedHost(hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  return hostHeader !== undefined && allowed.has(hostHeader.toLowerCase());
}

/**
 * Browsers always send Origin on WebSocket handshakes and cross-origin POSTs, so a missing Origin means a
 * non-browser client (a script, the CLI, a test), which the Host check already covers. A present Origin must be
 * one of this server's own; "null" (sandboxed frames, file: pages) never is.
 */
export function isAllowedOrigin(originHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (originHeader === undefined) return true;
  const prefix = 'http://';
  if (!originHeader.toLowerCase().startsWith(prefix)) return false;
  return allowed.has(originHeader.slice(prefix.length).toLowerCase());
}
