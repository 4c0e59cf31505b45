/**
 * Finding sensitive text before anything leaves the laptop (issue 16): e-mail addresses, IP addresses, URLs and
 * internal host names, API keys and tokens, phone numbers, and the names the team keeps in its list. Pure functions
 * of the text, so the export dialog, the CLI and publishing find exactly the same things.
 */

export const SENSITIVE_KINDS = ['email', 'ip', 'url', 'host', 'token', 'phone', 'name'] as const;
export type SensitiveKind = (typeof SENSITIVE_KINDS)[number];

/** What a replaced finding becomes in every output. */
export const REPLACEMENTS: Readonly<Record<SensitiveKind, string>> = {
  email: '[email]',
  ip: '[ip]',
  url: '[url]',
  host: '[host]',
  token: '[token]',
  phone: '[phone]',
  name: '[name]',
};

export const KIND_LABELS: Readonly<Record<SensitiveKind, string>> = {
  email: 'E-mail address',
  ip: 'IP address',
  url: 'Web address',
  host: 'Internal host name',
  token: 'Key or token',
  phone: 'Phone number',
  name: 'Name from the list',
};

/** One piece of sensitive text inside a string: `text.slice(start, end) === value`. */
export interface SensitiveMatch {
  kind: SensitiveKind;
  start: number;
  end: number;
  value: string;
}

interface Rule {
  kind: SensitiveKind;
  pattern: RegExp;
  /** The group holding the sensitive part when only part of the match is (a password's value, a bearer token). */
  group?: number;
  /** Checks a candidate the pattern alone cannot decide; the whole match is passed. */
  accept?: (match: RegExpExecArray) => boolean;
  /** Ends of URLs and host names that are sentence punctuation, not part of the address. */
  trimEnd?: boolean;
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`;
const WHOLE_IPV4 = new RegExp(`^${IPV4}$`);

/** Host labels that mark a name as inside a company's network rather than on the public internet. */
const INTERNAL_SUFFIXES = 'internal|local|localdomain|corp|lan|intranet|intra|private|home\\.arpa';
const INTERNAL_LABELS = /^(?:internal|corp|intra|intranet|prod|production|staging|stg|dev|int|priv|private|svc|cluster|k8s|infra|ops)$/i;

/** Validates an IPv6 candidate by RFC 4291's text forms: eight groups, or fewer with one "::". */
function isIpv6(text: string): boolean {
  let body = text;
  let groupsForV4 = 0;
  const v4 = /:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(body);
  if (v4) {
    if (!WHOLE_IPV4.test(v4[1] ?? '')) return false;
    body = `${body.slice(0, v4.index)}:0`;
    groupsForV4 = 1;
  }
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const all = halves.flatMap(groups);
  if (!all.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return false;
  const count = all.length + groupsForV4;
  if (halves.length === 1) return count === 8;
  // A "::" that stands for nothing, or text such as "a::b" made of words, is not an address.
  if (count > 7) return false;
  return text === '::' || all.some((group) => /\d/.test(group)) || text.startsWith('::') || text.endsWith('::');
}

/**
 * Phone numbers in international (+CC …) and national formats with separators, such as "+44 20 7946 0958",
 * "+1 (415) 555-2671" or "(415) 555-2671". Refused: fewer than 7 or more than 15 digits (E.164's limit), and without a
 * "+" anything with fewer than 10 digits, a date (2026-11-20), or digits without separators (ids, epoch times).
 */
function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (candidate.startsWith('+')) return digits.length >= 8;
  if (digits.length < 10) return false;
  // "1 000 000 000" is a count written with thin spaces, not a phone number.
  if (/^\d{1,3}(?: \d{3})+$/.test(candidate)) return false;
  if (/^\d{4}[-/ ]\d{1,2}[-/ ]\d{1,2}$/.test(candidate) || /^\d{1,2}[-/ ]\d{1,2}[-/ ]\d{4}$/.test(candidate)) return false;
  return /[\s()-]/.test(candidate);
}

/** The words that make a key=value pair's value a secret. */
const SECRET_KEY = /password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credential/i;

const RULES: readonly Rule[] = [
  // PEM private key blocks, the whole block (a truncated one to the end of the text).
  {
    kind: 'token',
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)/g,
  },
  // URLs of any scheme people paste (web, git, databases, queues), whatever the host: paths and queries carry internals.
  {
    kind: 'url',
    pattern:
      /(?<![\w.+-])(?:(?:https?|ftp|sftp|ssh|git|wss?|file|smb|s3|gs|ldaps?|jdbc:[a-z0-9]+|postgres(?:ql)?|mysql|mongodb(?:\+srv)?|rediss?|amqps?|kafka):\/\/|www\.)[^\s<>"'`]+/giu,
    trimEnd: true,
  },
  {
    kind: 'email',
    pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+/gu,
  },
  // Keys and tokens with a published prefix.
  { kind: 'token', pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])/g },
  { kind: 'token', pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g },
  { kind: 'token', pattern: /(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9-]{10,}/g },
  { kind: 'token', pattern: /(?<![A-Za-z0-9])(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}/g },
  { kind: 'token', pattern: /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { kind: 'token', pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g },
  // "Bearer <token>" (RFC 6750); the word alone, as in "the bearer of bad news", is not a token.
  {
    kind: 'token',
    pattern: /\bBearer\s+([A-Za-z0-9\-._~+/]{8,}=*)/gi,
    group: 1,
    accept: (match) => /[\d\-._~+/=]/.test(match[1] ?? ''),
  },
  // password=…, api_key: "…", AWS_SECRET_ACCESS_KEY=…: the value only, so the reader still sees what it was. The key is
  // matched as a whole run and checked for a secret's word afterwards, which keeps the search linear in the text.
  {
    kind: 'token',
    pattern: /(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]+)(\s*=\s*|:\s*)("[^"\n]+"|'[^'\n]+'|[^\s,;"'<>]+)/g,
    group: 3,
    // After a colon, prose ("password: reset by Sam") is common: take only something that looks like a secret.
    accept: (match) => SECRET_KEY.test(match[1] ?? '') && ((match[2] ?? '').includes('=') || (/[\d\W_]/.test(match[3] ?? '') && (match[3] ?? '').length >= 8)),
  },
  {
    kind: 'ip',
    pattern: new RegExp(`(?<![\\w.:])${IPV4}(?:/(?:3[0-2]|[12]?\\d))?(?![\\w]|\\.\\d)`, 'g'),
  },
  {
    kind: 'ip',
    pattern: /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{1,4})?(?:\/\d{1,3})?(?![\w:]|\.\d)/g,
    accept: (match) => isIpv6(match[0].replace(/\/\d{1,3}$/, '')),
  },
  {
    kind: 'host',
    pattern: new RegExp(`(?<![\\w.@-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${INTERNAL_SUFFIXES})(?::\\d{1,5})?(?![\\w-])`, 'gi'),
  },
  {
    kind: 'host',
    pattern: /(?<![\w.@-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){2,}[a-z]{2,24}(?::\d{1,5})?(?![\w-])/gi,
    accept: (match) =>
      match[0]
        .split('.')
        .slice(0, -1)
        .some((label) => INTERNAL_LABELS.test(label)),
  },
  { kind: 'host', pattern: /(?<![\w.-])localhost(?::\d{1,5})?(?![\w-])/gi },
  {
    kind: 'phone',
    pattern: /(?<![\w+.:/-])(?:\+\d{7,15}|(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{1,8}){0,5})(?![\w:/]|[.-]\d)/g,
    accept: (match) => {
      const text = match[0];
      // Dots separate a phone's groups only after a country code; otherwise they make a version or a number.
      if (!text.startsWith('+') && text.includes('.')) return false;
      return isPhone(text);
    },
  },
];

const TRAILING_PUNCTUATION = /[.,;:!?'"»)\]}]+$/u;

/** A URL or host name ends before sentence punctuation; a closing bracket stays when the address opened one. */
function trimAddress(value: string): string {
  let end = value.length;
  for (;;) {
    const trimmed = value.slice(0, end).replace(TRAILING_PUNCTUATION, '');
    if (trimmed.length === end) return trimmed;
    const cut = value.slice(trimmed.length, end);
    // Keep one ")" when the address has more "(" than ")" (a Wikipedia-style path).
    const opens = (trimmed.match(/\(/g) ?? []).length;
    const closes = (trimmed.match(/\)/g) ?? []).length;
    if (cut.startsWith(')') && opens > closes) return trimmed + ')';
    end = trimmed.length;
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for the team's list of names: each term case-insensitively (any script), as whole words (no letter,
 * digit or mark touching either end), longest first so "Ana Lima" wins over "Ana". Spaces inside a term match any run
 * of spaces. Null when the list is empty.
 */
export function termsPattern(terms: readonly string[]): RegExp | null {
  const cleaned = [...new Set(terms.map((term) => term.normalize('NFC').trim()).filter((term) => term !== ''))].sort((a, b) => b.length - a.length);
  if (cleaned.length === 0) return null;
  const alternatives = cleaned.map((term) => escapeRegExp(term).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}\\p{M}_])`, 'giu');
}

/** Kinds earlier in this list win when two findings start at the same place and are as long. */
const PRIORITY: readonly SensitiveKind[] = ['token', 'url', 'email', 'name', 'ip', 'host', 'phone'];

/**
 * Every piece of sensitive text in `text`, in order and never overlapping: where two rules overlap the one starting
 * first wins, then the longer. `names` is a matcher from termsPattern (built once for many texts).
 */
export function findSensitive(text: string, names: RegExp | null = null): SensitiveMatch[] {
  const candidates: SensitiveMatch[] = [];
  const normalized = text.normalize('NFC');
  // Offsets must refer to `text`; NFC can change lengths, so names are matched on the text as given when it differs.
  const source = normalized.length === text.length ? normalized : text;
  const rules: Rule[] = names ? [...RULES, { kind: 'name', pattern: names.global ? names : new RegExp(names.source, `${names.flags}g`) }] : [...RULES];
  for (const rule of rules) {
    // Every pattern is global; it is reused from its start (nothing else runs between these lines and the loop's end).
    const { pattern } = rule;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
      if (match[0] === '') {
        pattern.lastIndex += 1;
        continue;
      }
      if (rule.accept && !rule.accept(match)) continue;
      let start = match.index;
      let value = match[0];
      if (rule.group !== undefined) {
        const part = match[rule.group];
        if (part === undefined) continue;
        start = match.index + match[0].lastIndexOf(part);
        value = part;
      }
      if (rule.trimEnd) value = trimAddress(value);
      if (value === '') continue;
      candidates.push({ kind: rule.kind, start, end: start + value.length, value: text.slice(start, start + value.length) });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const chosen: SensitiveMatch[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.start < reached) continue;
    chosen.push(candidate);
    reached = candidate.end;
  }
  return chosen;
}

/**
 * The key one decision is kept under: the kind and the value, names and e-mail addresses ignoring case (they mean the
 * same person however they are typed), so every occurrence of one value is replaced or kept together.
 */
export function findingKey(kind: SensitiveKind, value: string): string {
  const folded = kind === 'name' || kind === 'email' || kind === 'host' ? value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ') : value;
  return `${kind}:${folded}`;
}

/** `text` with each match whose key `replace` accepts written as its kind's replacement. */
export function replaceSensitive(text: string, matches: readonly SensitiveMatch[], replace: (key: string) => boolean): string {
  let out = '';
  let at = 0;
  for (const match of matches) {
    if (!replace(findingKey(match.kind, match.value))) continue;
    out += text.slice(at, match.start) + REPLACEMENTS[match.kind];
    at = match.end;
  }
  return at === 0 ? text : out + text.slice(at);
}
