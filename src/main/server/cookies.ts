/** Cookies of the loopback and join servers: HttpOnly (no script reads them), SameSite=Strict (no other site sends them). */

/** No Secure flag: both servers speak plain http (loopback, or the room's network), and a Secure cookie would never be sent. */
export function strictCookie(name: string, value: string): string {
  return `${name}=${value}; HttpOnly; SameSite=Strict; Path=/`;
}

export function clearedStrictCookie(name: string): string {
  return `${name}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
}

/** The value of one cookie in a Cookie header; undefined when it is missing or empty. */
export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim() || undefined;
  }
  return undefined;
}
