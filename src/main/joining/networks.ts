import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { NetworkChoice } from '../../shared/joining/joining.ts';

export type InterfaceTable = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * The addresses the join server can listen on. Link-local IPv6 (fe80::) is left out: a browser cannot open it
 * without a zone id, which no one can type from a QR code.
 */
export function listNetworks(table: InterfaceTable = networkInterfaces()): NetworkChoice[] {
  const choices: NetworkChoice[] = [];
  for (const [name, infos] of Object.entries(table)) {
    for (const info of infos ?? []) {
      if (info.family === 'IPv6' && (info.scopeid ?? 0) !== 0) continue;
      if (info.family === 'IPv6' && info.address.toLowerCase().startsWith('fe80:')) continue;
      choices.push({ name, address: info.address, family: info.family, loopback: info.internal });
    }
  }
  // Real networks first, so the list opens on what note-takers can reach.
  return choices.sort((a, b) => Number(a.loopback) - Number(b.loopback) || (a.family === b.family ? 0 : a.family === 'IPv4' ? -1 : 1));
}
