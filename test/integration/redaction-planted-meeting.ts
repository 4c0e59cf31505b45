import { unzipSync } from 'fflate';
import type { CallResponse } from '../../src/shared/api/wire.ts';
import type { Meeting } from '../../src/shared/domain/meeting.ts';
import type { Why } from '../../src/shared/domain/whys.ts';
import type { TimelineEvent } from '../../src/shared/domain/timeline.ts';
import type { Note } from '../../src/shared/domain/notes.ts';
import { ok, samplePng } from '../harness/index.ts';

/**
 * Sensitive values planted in a review, written from each format's definition (issue 16). Each has probes: parts of
 * it that must not be found in any output once everything is replaced, chosen so a writer's escaping (a Markdown
 * backslash before "_", an XML entity) cannot hide a survivor.
 */
export const PLANTED = {
  email: { value: 'ana.lima@acme-bank.com', probes: ['ana.lima@', 'acme-bank.com'] },
  ipv4: { value: '10.42.7.19', probes: ['10.42.7.19'] },
  ipv6: { value: '2001:db8:4006:812::200e', probes: ['4006:812'] },
  url: { value: 'https://grafana.example.com/d/qx7Hk2/checkout?orgId=77', probes: ['qx7Hk2', 'grafana.example.com'] },
  host: { value: 'pg-primary-2.corp', probes: ['pg-primary-2'] },
  aws: { value: 'AKIAIOSFODNN7EXAMPLE', probes: ['IOSFODNN7'] },
  github: { value: 'ghp_R2d2C3poBb8Yoda9Luke1Leia4Han5Solo67', probes: ['R2d2C3poBb8Yoda9'] },
  slack: { value: 'xoxb-2719384756-1029384756-QwErTyUiOpAsDfGh', probes: ['2719384756', 'QwErTyUiOpAsDfGh'] },
  stripe: { value: 'sk_live_51HxTz9Kq3LmNoPqRsTuVw', probes: ['51HxTz9Kq3'] },
  google: { value: 'AIzaSyB7x-Kp2mQ9rT4vW6yZ8aC1dE3fG5hJ7kL', probes: ['SyB7x', 'Kp2mQ9rT4vW6yZ8'] },
  jwt: {
    value: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbmEifQ.dGhpc0lzTm90QVJlYWxTaWduYXR1cmU',
    probes: ['eyJhbGciOiJIUzI1NiJ9', 'dGhpc0lzTm90QVJlYWxTaWduYXR1cmU'],
  },
  bearer: { value: 'Bearer 7c9e6679f7425e5bb7f8', probes: ['7c9e6679f7425e5bb7f8'] },
  password: { value: 'password=Zebra-Quartz-42', probes: ['Zebra-Quartz'] },
  pem: {
    value: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----',
    probes: ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'],
  },
  phone: { value: '+44 20 7946 0958', probes: ['7946'] },
  customer: { value: 'Acme Bank', probes: ['Acme Bank', 'ACME BANK', 'acme bank'] },
  person: { value: 'Ana Lima', probes: ['Ana Lima', 'ana lima'] },
} as const;

export type PlantedKey = keyof typeof PLANTED;

/** The names the team's list must hold for the names above to be found. */
export const PLANTED_TERMS = ['Acme Bank', 'Ana Lima'];

/** Every probe of every planted value (optionally leaving some out, for the ones the user kept). */
export function plantedProbes(except: readonly PlantedKey[] = []): Array<[PlantedKey, string]> {
  return (Object.keys(PLANTED) as PlantedKey[])
    .filter((key) => !except.includes(key))
    .flatMap((key) => PLANTED[key].probes.map((probe) => [key, probe] as [PlantedKey, string]));
}

type Call = (method: string, input: unknown) => CallResponse;

const p = (key: PlantedKey) => PLANTED[key].value;
const MINUTE = 60_000;
const START = Date.UTC(2026, 10, 20, 14, 5, 0);

/**
 * A review with planted values in every kind of field: title and summary, incident facts, the workflow fields,
 * participants, the timeline (description and actor), whys, notes, a conflict, action items (title and owner),
 * evidence (captions, a link, an image's file name). Also harmless text that must stay: times, dates, versions, ids.
 */
export function buildPlantedMeeting(call: Call): Meeting {
  const step = <T>(method: string, input: unknown): T => ok<T>(call(method, input));
  const meeting = step<Meeting>('meetings.create', { title: `Checkout outage for ${p('customer')}`, incidentId: 'INC-123', severity: 'SEV1' });
  const meetingId = meeting.id;
  step('meetings.update', {
    id: meetingId,
    patch: {
      incidentStartedAt: START,
      incidentEndedAt: START + 47 * MINUTE,
      summary: `At 14:05 on 2026-11-20 version 1.2.3 broke checkout for ${p('customer')}; ${p('person')} (${p('email')}) led SEV1.`,
      usersAffected: `Everyone behind ${p('ipv4')} and ${p('ipv6')}`,
      customerCommunication: `Called ${p('phone')}`,
      author: p('person'),
      initialHypothesis: `The database ${p('host')} was full`,
      mitigationStrategy: `Rotated ${p('aws')}`,
      residualRisk: `Leaked ${p('stripe')} still valid`,
      servicesAffected: ['checkout', `gateway at ${p('ipv4')}`],
    },
  });
  step('participants.add', { meetingId, name: p('person'), role: 'facilitator' });
  const first = step<TimelineEvent>('timeline.add', {
    meetingId,
    occurredAt: START,
    description: `Alert linked ${p('url')} and ${p('github')}`,
    actor: p('email'),
    phase: 'detection',
  });
  step('timeline.add', { meetingId, occurredAt: START + 5 * MINUTE, description: `curl -H "Authorization: ${p('bearer')}" failed`, phase: 'response' });
  step('timeline.add', { meetingId, occurredAt: START + 9 * MINUTE, description: `Slack bot ${p('slack')} posted ${p('stripe')}`, phase: 'response' });
  const problem = step<Why>('whys.add', { meetingId, parentId: null, kind: 'problem', text: `Session ${p('jwt')} replayed` });
  step('whys.add', { meetingId, parentId: problem.id, kind: 'root', text: `Config had ${p('password')} in plain text` });
  const note = step<Note>('notes.add', { meetingId, category: 'could_improve', text: `Someone pasted\n${p('pem')}\ninto the channel` });
  step('notes.add', { meetingId, category: 'lesson', text: `Maps key ${p('google')} was public` });
  step('conflicts.add', { meetingId, topic: `Tell ${p('customer')} now?`, positionA: `Call ${p('phone')}`, resolution: 'Yes' });
  step('actions.add', { meetingId, title: `Revoke ${p('github')} and ${p('aws')}`, owner: p('person'), dueOn: '2026-12-04', priority: 'P0' });
  step('actions.add', { meetingId, title: `Move ${p('host')} off ${p('ipv4')}`, owner: 'Sam' });
  step('evidence.addLink', { meetingId, target: 'timeline_event', targetId: first.id, url: p('url'), caption: `Dashboard for ${p('customer')}` });
  step('evidence.upload', {
    meetingId,
    target: 'note',
    targetId: note.id,
    caption: `Screenshot from ${p('email')}`,
    fileName: `${p('person')} chat.png`,
    bytes: samplePng(),
  });
  return ok<Meeting>(call('meetings.get', { id: meetingId }));
}

/** The words of a Word document as a reader (or a script) finds them: every XML part, tags dropped, entities read. */
export function docxText(bytes: Uint8Array): string {
  const parts = unzipSync(bytes);
  return Object.entries(parts)
    .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
    .map(([, data]) =>
      new TextDecoder()
        .decode(data)
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join('\n');
}

/** Markdown as written and with its backslash escapes read, so "sk\_live" cannot hide "sk_live". */
export function markdownTexts(markdown: string): string {
  return `${markdown}\n${markdown.replace(/\\(.)/g, '$1')}`;
}

/** Row ids are random: one may hold a short probe's digits ("7946") by chance, so they are not looked in. */
const GENERATED_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The planted probes found in `text` (none is what a full redaction must give). */
export function survivors(text: string, except: readonly PlantedKey[] = []): Array<[PlantedKey, string]> {
  const typed = text.replace(GENERATED_ID, '<id>');
  return plantedProbes(except).filter(([, probe]) => typed.includes(probe));
}
