import type { MeetingArchive } from './meeting-archive.ts';

/** What a reader looks for first; every other key follows in alphabetical order. */
const LEADING_KEYS = ['format', 'version', 'exportedAt', 'id', 'meetingId'];

function keyOrder(a: string, b: string): number {
  const ai = LEADING_KEYS.indexOf(a);
  const bi = LEADING_KEYS.indexOf(b);
  if (ai >= 0 || bi >= 0) return (ai < 0 ? LEADING_KEYS.length : ai) - (bi < 0 ? LEADING_KEYS.length : bi);
  return a < b ? -1 : a > b ? 1 : 0;
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => keyOrder(a, b));
  return Object.fromEntries(entries.map(([key, inner]) => [key, ordered(inner)]));
}

/**
 * The archive file's text: indented JSON with keys in a fixed order, so two exports of the same meeting differ only
 * where the meeting did, and a diff of two archives reads cleanly.
 */
export function archiveJson(archive: MeetingArchive): string {
  return `${JSON.stringify(ordered(archive), null, 2)}\n`;
}
