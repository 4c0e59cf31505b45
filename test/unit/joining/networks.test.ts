import { describe, expect, it } from 'vitest';
import { listNetworks } from '../../../src/main/joining/networks.ts';

const base = { netmask: '', mac: '00:00:00:00:00:00', cidr: null };

describe('listNetworks', () => {
  it('lists IPv4 and IPv6 addresses, flags loopback, leaves out link-local IPv6, real networks first', () => {
    const choices = listNetworks({
      lo: [
        { ...base, address: '127.0.0.1', family: 'IPv4', internal: true },
        { ...base, address: '::1', family: 'IPv6', internal: true, scopeid: 0 },
      ],
      wlan0: [
        { ...base, address: '192.168.1.20', family: 'IPv4', internal: false },
        { ...base, address: 'fe80::1c2d:3e4f', family: 'IPv6', internal: false, scopeid: 3 },
        { ...base, address: 'fd00::20', family: 'IPv6', internal: false, scopeid: 0 },
      ],
    });
    expect(choices).toEqual([
      { name: 'wlan0', address: '192.168.1.20', family: 'IPv4', loopback: false },
      { name: 'wlan0', address: 'fd00::20', family: 'IPv6', loopback: false },
      { name: 'lo', address: '127.0.0.1', family: 'IPv4', loopback: true },
      { name: 'lo', address: '::1', family: 'IPv6', loopback: true },
    ]);
  });
});
