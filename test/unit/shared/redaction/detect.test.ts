import { describe, expect, it } from 'vitest';
import { findingKey, findSensitive, replaceSensitive, termsPattern, type SensitiveKind } from '../../../../src/shared/redaction/detect.ts';

/** The kind and value of every finding, in order. */
const found = (text: string, names: readonly string[] = []) => findSensitive(text, termsPattern(names)).map(({ kind, value }) => [kind, value]);

// Planted values written from each format's definition, not from the detector.
const GITHUB_CLASSIC = `ghp_${'a1B2c3D4e5'.repeat(3)}x9Y8z7`; // ghp_ + 36 alphanumerics
const GITHUB_FINE = `github_pat_11ABCDEFG0123456789abc_${'Z'.repeat(59)}`; // github_pat_ + 22 + _ + 59
const GOOGLE_KEY = `AIza${'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'.slice(0, 35)}`; // AIza + 35 of [0-9A-Za-z_-]
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7bq9\nq0bLXk2Q==\n-----END RSA PRIVATE KEY-----';

describe('findSensitive: planted values of each kind', () => {
  it.each<[string, string, SensitiveKind, string]>([
    ['an e-mail address', 'Paged ana.lima+oncall@example.co.uk at once', 'email', 'ana.lima+oncall@example.co.uk'],
    ['a unicode e-mail address', 'Escalated to jürgen@bücher.de', 'email', 'jürgen@bücher.de'],
    ['an IPv4 address', 'Traffic from 10.20.30.40 spiked', 'ip', '10.20.30.40'],
    ['an IPv4 range', 'Blocked 192.168.0.0/16 for an hour', 'ip', '192.168.0.0/16'],
    ['a full IPv6 address', 'Host 2001:0db8:85a3:0000:0000:8a2e:0370:7334 dropped', 'ip', '2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
    ['a compressed IPv6 address', 'Resolver 2001:db8::1 timed out', 'ip', '2001:db8::1'],
    ['the IPv6 loopback', 'bound to ::1 only', 'ip', '::1'],
    ['an IPv4-mapped IPv6 address', 'peer ::ffff:192.0.2.128 reset', 'ip', '::ffff:192.0.2.128'],
    ['a URL', 'See https://grafana.example.com/d/abc?from=now-6h.', 'url', 'https://grafana.example.com/d/abc?from=now-6h'],
    ['a single-label host URL', 'Opened http://jenkins:8080/job/deploy/42 first', 'url', 'http://jenkins:8080/job/deploy/42'],
    ['a private-IP URL', 'Called http://10.0.0.7/admin twice', 'url', 'http://10.0.0.7/admin'],
    ['a database URL', 'DSN postgres://app:pw@db1/orders leaked', 'url', 'postgres://app:pw@db1/orders'],
    ['an internal host', 'Restarted db-primary.corp today', 'host', 'db-primary.corp'],
    ['a .internal host with port', 'queue.eu-west.internal:5672 was full', 'host', 'queue.eu-west.internal:5672'],
    ['a .local host', 'printer.local answered', 'host', 'printer.local'],
    ['a .lan host', 'nas.lan went offline', 'host', 'nas.lan'],
    ['a host with a prod label', 'api.prod.acme.com returned 502', 'host', 'api.prod.acme.com'],
    ['an AWS access key id', 'key AKIAIOSFODNN7EXAMPLE was used', 'token', 'AKIAIOSFODNN7EXAMPLE'],
    ['a GitHub classic token', `token ${GITHUB_CLASSIC} in the log`, 'token', GITHUB_CLASSIC],
    ['a GitHub OAuth token', `gho_${'Q'.repeat(36)} again`, 'token', `gho_${'Q'.repeat(36)}`],
    ['a GitHub app token', `ghs_${'r'.repeat(36)}`, 'token', `ghs_${'r'.repeat(36)}`],
    ['a GitHub fine-grained token', `pat ${GITHUB_FINE}`, 'token', GITHUB_FINE],
    [
      'a Slack bot token',
      'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx posted',
      'token',
      'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
    ],
    ['a Slack user token', 'xoxp-1234-5678-91011-abcdef123456', 'token', 'xoxp-1234-5678-91011-abcdef123456'],
    ['a Stripe secret key', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc in config', 'token', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['a Stripe publishable key', 'pk_live_TYooMQauvdEDq54NiTphI7jx', 'token', 'pk_live_TYooMQauvdEDq54NiTphI7jx'],
    ['a Google API key', `maps key ${GOOGLE_KEY} leaked`, 'token', GOOGLE_KEY],
    ['a JWT', `cookie ${JWT}`, 'token', JWT],
    ['a bearer token', 'Authorization: Bearer 9f8e7d6c5b4a.token-value', 'token', '9f8e7d6c5b4a.token-value'],
    ['a password assignment', 'ran with password=hunter2! and failed', 'token', 'hunter2!'],
    ['a quoted secret', 'client_secret = "s3cr3t value"', 'token', '"s3cr3t value"'],
    ['a token in YAML', 'api_key: 0123abcd-ef45', 'token', '0123abcd-ef45'],
    ['an environment secret', 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'token', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a PEM private key', `pasted ${PEM} by mistake`, 'token', PEM],
    ['an international phone number', 'Call +44 20 7946 0958 now', 'phone', '+44 20 7946 0958'],
    ['a US phone number with area code', 'Bridge (415) 555-2671 opened', 'phone', '(415) 555-2671'],
    ['a phone number with country code and brackets', 'dial +1 (415) 555-2671', 'phone', '+1 (415) 555-2671'],
    ['an E.164 number', 'SMS to +14155552671 failed', 'phone', '+14155552671'],
    ['a dotted international number', 'Office +33.1.23.45.67.89', 'phone', '+33.1.23.45.67.89'],
    ['a dashed national number', 'on-call 415-555-2671', 'phone', '415-555-2671'],
    ['a German number', 'Rufbereitschaft +49 30 12345678', 'phone', '+49 30 12345678'],
    ['an Indian mobile number', 'call +91 98765 43210.', 'phone', '+91 98765 43210'],
    ['a French number', 'tel +33 1 23 45 67 89', 'phone', '+33 1 23 45 67 89'],
    ['a dashed international number', 'dial +1-415-555-2671 now', 'phone', '+1-415-555-2671'],
    ['a number with the 00 prefix', 'from 0044 20 7946 0958', 'phone', '0044 20 7946 0958'],
    ['a US number with the trunk 1', 'toll-free 1 800 555 1234', 'phone', '1 800 555 1234'],
  ])('finds %s', (_label, text, kind, value) => {
    expect(found(text)).toEqual([[kind, value]]);
  });

  it('finds names from the list ignoring case, as whole words, in any script', () => {
    const names = ['Ana Lima', 'Acme Bank', 'Jürgen', 'محمد', '王伟'];
    expect(found('ANA LIMA called acme bank; jürgen and محمد agreed with 王伟.', names)).toEqual([
      ['name', 'ANA LIMA'],
      ['name', 'acme bank'],
      ['name', 'jürgen'],
      ['name', 'محمد'],
      ['name', '王伟'],
    ]);
    // Part of a longer word is not the name.
    expect(found('Anastasia Limas and Acme Banking', names)).toEqual([]);
    expect(found('Jürgens', names)).toEqual([]);
    // Spaces inside a name match any run of spaces.
    expect(found('Ana   Lima', names)).toEqual([['name', 'Ana   Lima']]);
  });

  it('treats a name with regular-expression characters literally', () => {
    expect(found('Costs at C++ Corp (EU) rose', ['C++ Corp (EU)'])).toEqual([['name', 'C++ Corp (EU)']]);
    expect(found('C Corp EU', ['C++ Corp (EU)'])).toEqual([]);
  });

  it('reports each finding once where rules overlap: the one starting first, then the longest', () => {
    expect(found('https://ana@example.com@10.0.0.1/x')).toEqual([['url', 'https://ana@example.com@10.0.0.1/x']]);
    expect(found('mail ops@db.prod.acme.com')).toEqual([['email', 'ops@db.prod.acme.com']]);
    expect(found(`Authorization: Bearer ${JWT}`)).toEqual([['token', JWT]]);
  });

  it('finds several kinds in one text, in order', () => {
    expect(found('Ana Lima (ana@example.com) saw 10.1.2.3 call https://x.example/api with token=abc123', ['Ana Lima'])).toEqual([
      ['name', 'Ana Lima'],
      ['email', 'ana@example.com'],
      ['ip', '10.1.2.3'],
      ['url', 'https://x.example/api'],
      ['token', 'abc123'],
    ]);
  });
});

describe('findSensitive: what must not be flagged', () => {
  it.each([
    ['clock times', 'At 14:05 the alert fired; by 14:05:30 it cleared; 09:00–17:30 UTC'],
    ['dates', 'Between 2026-11-20 and 20/11/2026, also 11-20-2026 and 2026/11/20'],
    ['dates with times', '2026-11-20T14:05:00Z and 2026-11-20 14:05'],
    ['version numbers', 'Rolled back from 1.2.3 to 1.2.2, then v4.10.0 and 4.1'],
    ['four-part versions after v', 'build v1.2.3.4 shipped'],
    ['severities and incident ids', 'SEV1 became SEV2; INC-123, INC-2041 and JIRA-98765 track it'],
    ['durations and percentages', '47 min, 1 h 30 min, 12% of checkouts, p99 40 ms, 3.5x, 1,234,567 requests'],
    ['money', '€ 18,400 lost; $1,250,000 at risk'],
    ['epoch times and plain long numbers', 'at 1763643720000 after 4155552671 retries'],
    ['short digit groups', 'rooms 12 34 56 and table 1-2-3'],
    ['counts with spaces between thousands', '1 000 000 000 requests and 12 345 678 rows'],
    ['ports, ISO references and ids after a hyphen', 'port 5432, ISO 8601, JIRA-1234-5678-90, build 20261120.3'],
    ['prose about passwords and tokens', 'The password: reset by Sam. Token rotation was slow; the bearer of bad news.'],
    ['public host names', 'example.com and docs.github.com were fine'],
    ['C++ scopes and ratios', 'std::vector and 3:2 and a::b'],
    ['file names', 'error-rate.png and report.v2.docx'],
  ])('leaves %s alone', (_label, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('replaceSensitive', () => {
  it('replaces each kind with its label and keeps what the decision keeps', () => {
    const text = 'Ana Lima mailed ana@example.com from 10.0.0.1 (Ana Lima again)';
    const matches = findSensitive(text, termsPattern(['ana lima']));
    expect(replaceSensitive(text, matches, () => true)).toBe('[name] mailed [email] from [ip] ([name] again)');
    const keepName = findingKey('name', 'ANA LIMA');
    expect(replaceSensitive(text, matches, (key) => key !== keepName)).toBe('Ana Lima mailed [email] from [ip] (Ana Lima again)');
    expect(replaceSensitive(text, matches, () => false)).toBe(text);
  });

  it('keeps the key of a password and replaces its value only', () => {
    const text = 'DB_PASSWORD=Tr0ub4dor&3 and more';
    expect(replaceSensitive(text, findSensitive(text), () => true)).toBe('DB_PASSWORD=[token] and more');
  });

  it('replaces a whole PEM block, and a phone number, and host names', () => {
    const text = `${PEM}\ncall +44 20 7946 0958 about cache-3.corp`;
    expect(replaceSensitive(text, findSensitive(text), () => true)).toBe('[token]\ncall [phone] about [host]');
  });

  it('groups names and e-mail addresses ignoring case, other kinds exactly', () => {
    expect(findingKey('name', 'Ana  LIMA')).toBe(findingKey('name', 'ana lima'));
    expect(findingKey('email', 'Ana@Example.com')).toBe(findingKey('email', 'ana@example.com'));
    expect(findingKey('token', 'AbC')).not.toBe(findingKey('token', 'abc'));
  });
});

describe('findSensitive on long hostile text', () => {
  // Each text is 20,000 characters built to make a careless pattern backtrack; the whole set takes milliseconds when
  // every rule is linear, and minutes when one is not. The bound is loose so a busy machine does not fail it.
  const n = 20_000;
  const hostile = [
    'a.'.repeat(n / 2),
    'a-'.repeat(n / 2),
    '12-'.repeat(n / 3),
    '1 '.repeat(n / 2),
    'ab:'.repeat(n / 3),
    'a='.repeat(n / 2),
    'token="'.repeat(n / 7),
    '(1) '.repeat(n / 4),
    '1.1.1.1.'.repeat(n / 8),
    'a.b@c.'.repeat(n / 6),
    'x1-2.3:4/5@6 '.repeat(n / 13),
    `-----BEGIN PRIVATE KEY-----${'a\n'.repeat(n / 2)}`,
  ];

  it('takes time in proportion to the text', () => {
    const names = termsPattern(['Ana Lima', 'Acme Bank']);
    const started = performance.now();
    for (const text of hostile) findSensitive(text, names);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('accepts a names pattern without the global flag', () => {
    expect(findSensitive('Ana Lima and ana lima', /ana lima/i).map((match) => match.value)).toEqual(['Ana Lima', 'ana lima']);
  });
});
