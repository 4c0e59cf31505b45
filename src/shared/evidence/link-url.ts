import { EVIDENCE_URL_MAX } from '../domain/evidence.ts';

/**
 * Why a typed link cannot be stored, or null when it can: only absolute http and https addresses, so a report never
 * carries a javascript:, file: or data: link that would run or open something on the reader's machine.
 */
export function linkUrlProblem(text: string): string | null {
  const url = text.trim();
  if (url === '') return 'must not be empty';
  if (url.length > EVIDENCE_URL_MAX) return `must be at most ${EVIDENCE_URL_MAX} characters`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be a full web address starting with http:// or https://';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must start with http:// or https://';
  if (parsed.hostname === '') return 'must name a host, as in https://grafana.example.com/d/…';
  if (/\s/.test(url)) return 'must not contain spaces';
  return null;
}

/**
 * The caption an image gets until the user writes one: its file name without folder or extension; in a name without
 * spaces, dashes and underscores become spaces ("replication-lag_graph.png" reads "replication lag graph").
 */
export function captionFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const spaced = /\s/.test(base) ? base : base.replace(/[-_]+/g, ' ');
  const words = spaced.replace(/\s+/g, ' ').trim();
  return words === '' ? 'Attached image' : words;
}
