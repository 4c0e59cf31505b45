import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TRACKER_EXPORT_FORMATS, writeTrackerExport, type TrackerExportFormat } from '../../../../src/shared/actions/tracker-export/index.ts';
import type { DirectoryPerson, ExportedReview, TrackerExportInput } from '../../../../src/shared/actions/tracker-export/types.ts';
import type { ActionItem } from '../../../../src/shared/domain/actions.ts';
import { findingKey, type SensitiveKind } from '../../../../src/shared/redaction/detect.ts';
import { placeLabel } from '../../../../src/shared/redaction/redact-archive.ts';
import { redactTrackerInput, scanTrackerInput } from '../../../../src/shared/redaction/redact-tracker.ts';
import { actionItem } from '../tracker-export/exported-actions.ts';

/**
 * Issue 16 for the follow-ups ledger's files: planted values, each written from its format's definition, with probes
 * (parts that must not be found in a file once everything is replaced).
 */
const PLANTED = {
  email: { kind: 'email', value: 'ana.lima@acme-bank.com', probes: ['ana.lima@', 'acme-bank.com'] },
  ownerEmail: { kind: 'email', value: 'oncall-lead@acme-bank.com', probes: ['oncall-lead'] },
  ipv4: { kind: 'ip', value: '10.42.7.19', probes: ['10.42.7.19'] },
  ipv6: { kind: 'ip', value: '2001:db8:4006:812::200e', probes: ['4006:812'] },
  url: { kind: 'url', value: 'https://grafana.example.com/d/qx7Hk2/checkout?orgId=77', probes: ['qx7Hk2', 'grafana.example.com'] },
  host: { kind: 'host', value: 'pg-primary-2.corp', probes: ['pg-primary-2'] },
  aws: { kind: 'token', value: 'AKIAIOSFODNN7EXAMPLE', probes: ['IOSFODNN7'] },
  github: { kind: 'token', value: 'ghp_R2d2C3poBb8Yoda9Luke1Leia4Han5Solo67', probes: ['R2d2C3poBb8Yoda9'] },
  slack: { kind: 'token', value: 'xoxb-2719384756-1029384756-QwErTyUiOpAsDfGh', probes: ['2719384756', 'QwErTyUiOpAsDfGh'] },
  stripe: { kind: 'token', value: 'sk_live_51HxTz9Kq3LmNoPqRsTuVw', probes: ['51HxTz9Kq3'] },
  jwt: {
    kind: 'token',
    value: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbmEifQ.dGhpc0lzTm90QVJlYWxTaWduYXR1cmU',
    probes: ['eyJhbGciOiJIUzI1NiJ9', 'dGhpc0lzTm90QVJlYWxTaWduYXR1cmU'],
  },
  bearer: { kind: 'token', value: 'Bearer 7c9e6679f7425e5bb7f8', probes: ['7c9e6679f7425e5bb7f8'] },
  password: { kind: 'token', value: 'password=Zebra-Quartz-42', probes: ['Zebra-Quartz'] },
  phone: { kind: 'phone', value: '+44 20 7946 0958', probes: ['7946'] },
  customer: { kind: 'name', value: 'Acme Bank', probes: ['Acme Bank', 'ACME BANK', 'acme bank'] },
  person: { kind: 'name', value: 'Ana Lima', probes: ['Ana Lima', 'ana lima'] },
} as const satisfies Record<string, { kind: SensitiveKind; value: string; probes: readonly string[] }>;
type Planted = keyof typeof PLANTED;
const TERMS = ['acme bank', 'Ana Lima'];
const p = (key: Planted) => PLANTED[key].value;
/** Tracker identities of the directory's people: they name the person, so they must go when the owner's name goes. */
const IDENTITIES = ['alima-jira', 'ana-l-gh'];

const review: ExportedReview = {
  id: 'm1',
  incidentId: 'INC-123',
  title: `Checkout outage for ${p('customer')}`,
  followUpReviewOn: '2026-12-20',
  updatedAt: Date.UTC(2026, 10, 21),
};

/** An item of the review with only what a test gives set: no due date, category or owner of its own. */
const item = (position: number, fields: Partial<ActionItem>): ActionItem =>
  actionItem({ id: `a${position}`, meetingId: review.id, position, owner: '', dueOn: null, category: null, ...fields });

const people: DirectoryPerson[] = [
  { name: 'ana lima', email: p('email'), jiraUser: IDENTITIES[0] ?? '', githubLogin: IDENTITIES[1] ?? '' },
  // Sam has no Jira user, so Jira's assignee would be his e-mail address.
  { name: 'Sam Park', email: 'sam.park@acme-bank.com', jiraUser: '', githubLogin: 'sampark' },
  // Owns nothing in the file: nothing of his is reviewed or written.
  { name: 'Zed Quinn', email: 'zed@other.example', jiraUser: 'zq', githubLogin: '' },
];

const input: TrackerExportInput = {
  reviews: [review],
  people,
  actions: [
    {
      review,
      item: item(0, { title: `Revoke ${p('github')} and ${p('aws')} on ${p('host')}`, owner: p('person'), dueOn: '2026-12-04', priority: 'P0', whyId: 'w1' }),
      addresses: `Alert mailed ${p('email')} from ${p('ipv4')}`,
    },
    {
      review,
      item: item(1, { title: `Call ${p('phone')} to brief ${p('customer')}`, owner: p('ownerEmail'), dueOn: '2026-12-05', category: 'process' }),
      addresses: null,
    },
    {
      review,
      item: item(2, { title: `Move the dashboard ${p('url')} behind login`, owner: 'Sam Park', dueOn: '2026-12-06', noteId: 'n1' }),
      addresses: `Tokens ${p('slack')}, ${p('jwt')}, ${p('stripe')}; header ${p('bearer')}; config ${p('password')}; peer ${p('ipv6')}`,
    },
  ],
};

/** The text of a file as a reader gets it: CSV cells through papaparse, the calendar's values through ical.js. */
function readBack(format: TrackerExportFormat, text: string): string {
  if (format === 'ics') return JSON.stringify(ICAL.parse(text));
  if (format === 'github') return text;
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors, format).toEqual([]);
  return parsed.data.flat().join('\n');
}

const probes = (except: readonly Planted[] = []) =>
  (Object.keys(PLANTED) as Planted[]).filter((key) => !except.includes(key)).flatMap((key) => PLANTED[key].probes.map((probe) => [key, probe] as const));

describe('redacting a tracker export', () => {
  it('finds every planted value once, in the fields the file holds, and nothing of people no item names', () => {
    const { findings, images } = scanTrackerInput(input, TERMS);
    expect(images).toBe(0);
    const values = findings.map((finding) => finding.value);
    for (const key of Object.keys(PLANTED) as Planted[]) {
      // A bearer token or a password is found without its label: the value is part of what was planted.
      const found = findings.filter((finding) => p(key).toLowerCase().includes(finding.value.toLowerCase()));
      expect(found, key).toHaveLength(1);
      expect(found[0]?.kind, key).toBe(PLANTED[key].kind);
    }
    expect(values).toContain('sam.park@acme-bank.com');
    expect(values).not.toContain('zed@other.example');
    // Dates, priorities, ids and the incident id are not findings.
    expect(values.some((value) => /2026-12|INC-123|^P\d$|^a\d$|^m1$/.test(value))).toBe(false);
    const places = (value: string) => findings.find((finding) => finding.value === value)?.places.map((place) => placeLabel(place.path));
    expect(places(p('customer'))).toEqual(['Action items, item 2: title', 'Reviews, review 1: title']);
    expect(places(p('email'))).toEqual(['Action items, item 1: addresses', 'People directory, person 1: email']);
    expect(places(p('person'))).toEqual(['Action items, item 1: owner']);
  });

  it.each(TRACKER_EXPORT_FORMATS)('leaves nothing planted in the %s file when every finding is replaced', (format) => {
    const before = structuredClone(input);
    const redacted = redactTrackerInput(input, TERMS);
    expect(input, 'the input is not changed').toEqual(before);
    const { text, warnings } = writeTrackerExport(format, redacted);
    const read = readBack(format, text);
    for (const [key, probe] of probes()) expect(read.toLowerCase(), `${format}: ${key}`).not.toContain(probe.toLowerCase());
    for (const identity of [...IDENTITIES, 'sam.park@']) expect(read, `${format}: ${identity}`).not.toContain(identity);
    // What is not sensitive is handed over as it was.
    for (const kept of ['Revoke', 'behind login', '[token]', '[name]', '[url]']) expect(read, `${format}: ${kept}`).toContain(kept);
    expect(read).toContain(format === 'ics' ? '2026-12-04' : format === 'csv' ? '2026-12-04' : 'Revoke');
    if (format === 'jira-csv' || format === 'github') {
      expect(warnings.join('\n')).toContain('"[name]" is not in the people directory');
    }
  });

  it('keeps exactly the values kept and replaces the rest', () => {
    const { findings } = scanTrackerInput(input, TERMS);
    const kept = new Set([findingKey('phone', p('phone')), findingKey('name', p('customer'))]);
    expect(findings.filter((finding) => kept.has(finding.key))).toHaveLength(2);
    const redacted = redactTrackerInput(input, TERMS, kept);
    for (const format of TRACKER_EXPORT_FORMATS) {
      const read = readBack(format, writeTrackerExport(format, redacted).text);
      expect(read, format).toContain(p('phone'));
      expect(read, format).toContain(p('customer'));
      for (const [key, probe] of probes(['phone', 'customer'])) expect(read.toLowerCase(), `${format}: ${key}`).not.toContain(probe.toLowerCase());
    }
  });

  it('keeps a kept owner assigned with their tracker user, and leaves a replaced e-mail out of the assignee', () => {
    const kept = new Set([findingKey('name', p('person'))]);
    const redacted = redactTrackerInput(input, TERMS, kept);
    expect(redacted.people).toEqual([
      { name: 'ana lima', email: '', jiraUser: 'alima-jira', githubLogin: 'ana-l-gh' },
      { name: 'Sam Park', email: '', jiraUser: '', githubLogin: 'sampark' },
    ]);
    const { text, warnings } = writeTrackerExport('jira-csv', redacted);
    expect(text).toContain('alima-jira');
    expect(warnings.join('\n')).toContain('no Jira user or e-mail for owner "Sam Park"');
  });

  it('returns the input as it was when nothing is found', () => {
    const plain: TrackerExportInput = { reviews: [review], actions: [{ review, item: item(0, { title: 'Add a canary', owner: 'Bo' }), addresses: null }] };
    const quiet = {
      ...plain,
      reviews: [{ ...review, title: 'Checkout outage' }],
      actions: [{ ...plain.actions[0]!, review: { ...review, title: 'Checkout outage' } }],
    };
    expect(scanTrackerInput(quiet, TERMS).findings).toEqual([]);
    expect(redactTrackerInput(quiet, TERMS)).toEqual(quiet);
  });
});
