import type { NetworkChoice } from '../../../shared/joining/joining.ts';

/** "Wi-Fi (wlan0) 192.168.1.20" or "This computer only (127.0.0.1)". */
export function networkLabel(choice: NetworkChoice): string {
  return choice.loopback ? `This computer only (${choice.address})` : `${choice.name} · ${choice.address}`;
}

/** The address note-takers can most likely reach: the first non-loopback IPv4, else the first listed. */
export function preferredNetwork(choices: readonly NetworkChoice[]): NetworkChoice | null {
  return choices.find((choice) => !choice.loopback && choice.family === 'IPv4') ?? choices.find((choice) => !choice.loopback) ?? choices[0] ?? null;
}

/** "482 913": easier to read out across a room than six digits in a row. */
export function groupedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** The port field: empty means the default; otherwise a whole number from 1024 to 65535. */
export function parsePort(text: string): { ok: true; port: number | undefined } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, port: undefined };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: 'Port must be a number such as 4180.' };
  const port = Number(trimmed);
  if (port < 1024 || port > 65535) return { ok: false, message: 'Port must be between 1024 and 65535.' };
  return { ok: true, port };
}
