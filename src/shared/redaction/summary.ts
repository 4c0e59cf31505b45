import { SENSITIVE_KINDS, type SensitiveKind } from './detect.ts';
import type { Finding } from './redact-strings.ts';

const KIND_NOUNS: Readonly<Record<SensitiveKind, [string, string]>> = {
  email: ['e-mail address', 'e-mail addresses'],
  ip: ['IP address', 'IP addresses'],
  url: ['web address', 'web addresses'],
  host: ['internal host name', 'internal host names'],
  token: ['key or token', 'keys or tokens'],
  phone: ['phone number', 'phone numbers'],
  name: ['name from the list', 'names from the list'],
};

/** "3 e-mail addresses, 1 key or token": occurrences per kind, in the kinds' order; "nothing" when none. */
export function countsByKind(findings: readonly Finding[]): string {
  const parts = SENSITIVE_KINDS.flatMap((kind) => {
    const count = findings.filter((finding) => finding.kind === kind).reduce((sum, finding) => sum + finding.count, 0);
    if (count === 0) return [];
    const [one, many] = KIND_NOUNS[kind];
    return [`${count} ${count === 1 ? one : many}`];
  });
  return parts.length === 0 ? 'nothing' : parts.join(', ');
}

/**
 * One paragraph saying what redaction did: what was replaced, what was kept, and that images were not read. Used by the
 * CLI (on standard error) and anything else that reports a redaction without showing each finding.
 */
export function redactionSummary(findings: readonly Finding[], kept: ReadonlySet<string>, images: number): string {
  const replaced = findings.filter((finding) => !kept.has(finding.key));
  const keptFindings = findings.filter((finding) => kept.has(finding.key));
  const lines = [`Redaction replaced ${countsByKind(replaced)}.`];
  if (keptFindings.length > 0) lines.push(`Kept as written: ${countsByKind(keptFindings)}.`);
  if (images > 0) {
    lines.push(`${images === 1 ? '1 image was' : `${images} images were`} not checked: text inside images cannot be read, so look at them before sharing.`);
  }
  return lines.join('\n');
}
