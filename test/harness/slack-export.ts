import { zipSync, type Zippable } from 'fflate';
import { seededRandom } from './seeded-random.ts';

export interface SlackExportShape {
  /** How many messages to write; every one is importable (no joins or other system messages). */
  messages: number;
  /** How many channels they are spread over, round robin; 4 unless given. */
  channels?: number;
  /** When the first message was posted (UTC epoch ms); 2026-03-14T20:00:00Z unless given. */
  startAt?: number;
  /** The time between one message and the next, in ms; 1,500 unless given (100,000 messages span about 42 hours). */
  spacingMs?: number;
  /** Seed for the choice of people and words; the same shape and seed give the same ZIP. */
  seed?: number;
}

export interface GeneratedSlackExport {
  bytes: Uint8Array;
  /** The channel names, in channels.json order. */
  channels: string[];
  /** Messages per channel, by name. */
  perChannel: Record<string, number>;
  /** How many of the messages are thread replies (marked as replies in their origin). */
  replies: number;
  /** When the first and last message were posted (UTC epoch ms, whole ms as the reader gives them). */
  firstAt: number;
  lastAt: number;
}

const PEOPLE = ['Avery Stone', 'Bilal Haddad', 'Chen Jing', 'Darya Petrova', 'Emeka Obi', 'Farah Nasser', 'Goran Ilic', 'Hana Sato'];
const VERBS = ['restarted', 'checked', 'scaled', 'paused', 'drained', 'rolled back', 'paged', 'watched'];
const THINGS = ['the payments consumer', 'queue partition', 'database replica', 'checkout API', 'cache node', 'load balancer', 'feature flag', 'worker pool'];

/** Slack's `ts` for an epoch ms: seconds, a dot and six digits of microseconds. */
const slackTs = (ms: number, micro: number) => `${Math.floor(ms / 1000)}.${String((ms % 1000) * 1000 + micro).padStart(6, '0')}`;

/**
 * A Slack workspace export ZIP of `messages` messages, deterministic, for benchmarks and large-import tests: users.json,
 * channels.json, and one file per channel per UTC day. Every message is importable and has its own number in its text
 * (so none looks like a duplicate of another); every 10th message of a channel opens a thread and the 5th after it replies there,
 * every 25th a bot message, and some hold markup (mentions, channel links, links, escaped characters).
 */
export function buildSlackExport(shape: SlackExportShape): GeneratedSlackExport {
  const channelCount = shape.channels ?? 4;
  const startAt = shape.startAt ?? Date.parse('2026-03-14T20:00:00Z');
  const spacing = shape.spacingMs ?? 1_500;
  const random = seededRandom(shape.seed ?? 311);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  const users = PEOPLE.map((name, index) => ({
    id: `U${String(index + 1).padStart(8, '0')}`,
    name: name.split(' ')[0]?.toLowerCase(),
    real_name: name,
    profile: { real_name: name, display_name: '' },
  }));
  const channels = Array.from({ length: channelCount }, (_, index) => ({
    id: `C${String(index + 1).padStart(8, '0')}`,
    name: index === 0 ? 'incident-bridge' : `incident-team-${index}`,
    members: users.map((user) => user.id),
  }));
  const days = new Map<string, unknown[]>();
  const perChannel: Record<string, number> = Object.fromEntries(channels.map((channel) => [channel.name, 0]));
  const threadParent = new Map<string, string>();
  let replies = 0;
  const dayNames = new Map<number, string>();
  const dayName = (day: number) => {
    const name = new Date(day * 86_400_000).toISOString().slice(0, 10);
    dayNames.set(day, name);
    return name;
  };

  for (let index = 0; index < shape.messages; index += 1) {
    const channel = channels[index % channelCount]!;
    const at = startAt + index * spacing;
    const ts = slackTs(at, index % 1000);
    const user = pick(users);
    const number = index + 1;
    /** The message's place in its channel: every 10th opens a thread, and the 5th after it replies there. */
    const sequence = Math.floor(index / channelCount);
    const base = `#${number}: ${pick(VERBS)} ${pick(THINGS)} ${Math.floor(random() * 64)}`;
    let message: Record<string, unknown>;
    if (number % 25 === 0) {
      message = {
        type: 'message',
        subtype: 'bot_message',
        ts,
        bot_id: 'B00000001',
        username: 'Alertmanager',
        text: `[FIRING:1] Alert ${number} on node-${number % 17}`,
      };
    } else if (sequence % 10 === 5 && threadParent.has(channel.name)) {
      replies += 1;
      message = { type: 'message', ts, user: user.id, text: `Reply ${base}`, thread_ts: threadParent.get(channel.name) };
    } else {
      const markup =
        number % 7 === 0
          ? ` cc <@${pick(users).id}> in <#${channels[0]!.id}|${channels[0]!.name}>, see <https://status.example.com/${number}|status> &amp; logs`
          : '';
      message = { type: 'message', ts, user: user.id, text: `${base}${markup}` };
      if (sequence % 10 === 0) {
        threadParent.set(channel.name, ts);
        message.thread_ts = ts;
      }
    }
    const day = Math.floor(at / 86_400_000);
    const file = `${channel.name}/${dayNames.get(day) ?? dayName(day)}.json`;
    let list = days.get(file);
    if (!list) {
      list = [];
      days.set(file, list);
    }
    list.push(message);
    perChannel[channel.name] = (perChannel[channel.name] ?? 0) + 1;
  }

  const encoder = new TextEncoder();
  const files: Zippable = {
    'users.json': encoder.encode(JSON.stringify(users)),
    'channels.json': encoder.encode(JSON.stringify(channels)),
  };
  for (const [name, messages] of days) files[name] = encoder.encode(JSON.stringify(messages, null, 1));
  return {
    bytes: zipSync(files, { level: 1 }),
    channels: channels.map((channel) => channel.name),
    perChannel,
    replies,
    firstAt: startAt,
    lastAt: startAt + Math.max(0, shape.messages - 1) * spacing,
  };
}
