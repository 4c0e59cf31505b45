import fs from 'node:fs';

/**
 * What Linux says about another process (a `serve` child): its memory from /proc/PID/status, and whether it still
 * holds a TCP connection open (the server's end of a client's socket).
 */

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const value = status.match(new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm'))?.[1];
  if (value === undefined) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(value);
}

/** Resident memory now, in bytes. */
export const residentBytes = (pid: number): number => statusKb(pid, 'VmRSS') * 1024;

/** The most resident memory the process has had so far, in bytes. */
export const peakResidentBytes = (pid: number): number => statusKb(pid, 'VmHWM') * 1024;

const hexPort = (port: number): string => port.toString(16).toUpperCase().padStart(4, '0');

/** Whether process `pid` has a file descriptor on the IPv4 TCP connection between its `localPort` and the peer's `peerPort`. */
export function holdsConnection(pid: number, localPort: number, peerPort: number): boolean {
  const table = fs.readFileSync(`/proc/${pid}/net/tcp`, 'utf8').split('\n').slice(1);
  const inodes = new Set<string>();
  for (const line of table) {
    const columns = line.trim().split(/\s+/);
    const [local, remote, inode] = [columns[1], columns[2], columns[9]];
    if (local?.endsWith(`:${hexPort(localPort)}`) && remote?.endsWith(`:${hexPort(peerPort)}`) && inode && inode !== '0') inodes.add(inode);
  }
  if (inodes.size === 0) return false;
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    let target: string;
    try {
      target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue;
    }
    const inode = target.match(/^socket:\[(\d+)\]$/)?.[1];
    if (inode && inodes.has(inode)) return true;
  }
  return false;
}
