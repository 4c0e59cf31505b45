import { ORIGIN_MAX } from '../../api/timeline.ts';
import { checkEventText } from '../event-fields.ts';
import { IMPORT_EVENTS_MAX, type ImportedEvent, type ImportPreview, type RejectedLine } from '../import-result.ts';
import { unreadable, utf8Text } from './file-text.ts';
import { looksLikeSlackExport, openSlackExport, personName, type SlackConversation, type SlackExport } from './slack-export.ts';
import { slackPlainText, type SlackNames } from './slack-text.ts';
import type { ReaderOptions, TimelineReader } from './timeline-reader.ts';

/**
 * Message subtypes that carry something a person or a bot said, and are imported. Every other subtype is Slack
 * noting a change and is skipped: channel_join, channel_leave, channel_topic, channel_purpose, channel_name,
 * channel_archive, channel_unarchive, channel_convert_to_private, channel_posting_permissions, group_join,
 * group_leave, group_topic, group_purpose, group_name, group_archive, group_unarchive, bot_add, bot_remove,
 * bot_enable, bot_disable, pinned_item, unpinned_item, reminder_add, message_changed, message_deleted,
 * message_replied, tombstone (a deleted thread parent), ekm_access_denied, and any subtype Slack adds later.
 * A message marked `hidden` is skipped too.
 */
const KEPT_SUBTYPES: ReadonlySet<string> = new Set([
  'bot_message',
  'thread_broadcast',
  'reply_broadcast',
  'me_message',
  'file_share',
  'file_comment',
  'file_mention',
  'slackbot_response',
]);

const REPLY_MARK = ', reply in thread';

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const isBlank = (value: string) => value.trim() === '';

/** A Slack `ts` ("1485909360.000200": seconds and microseconds since 1970, UTC) in whole milliseconds, or null. */
export function slackTimestampMs(ts: unknown): number | null {
  const value = typeof ts === 'number' && Number.isFinite(ts) ? String(ts) : ts;
  if (typeof value !== 'string') return null;
  const match = /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(value);
  if (!match?.[1]) return null;
  const ms = Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0').slice(0, 3));
  return ms <= 253402300799999 ? ms : null;
}

/** A `ts` to the microsecond, so "1485909360.0002" and "1485909360.000200" compare equal. */
function exactTs(ts: unknown): string {
  const [seconds = '', micro = ''] = String(ts).split('.');
  return `${seconds}.${micro.padEnd(6, '0')}`;
}

/** Slack's own bot posts as this user id, which users.json does not list. */
const SLACKBOT = 'USLACKBOT';

/** Who wrote the message: a bot's username or name, else the person's name, else the id. */
function actorOf(message: Record<string, unknown>, names: SlackNames): string {
  const user = text(message.user);
  if (user === SLACKBOT && names.user(user) === undefined) return 'Slackbot';
  const isBot = message.subtype === 'bot_message' || (text(message.bot_id) !== '' && user === '');
  if (isBot) {
    return (
      text(message.username).trim() ||
      text(record(message.bot_profile)?.name).trim() ||
      (user === '' ? '' : (names.user(user) ?? '')) ||
      text(message.bot_id) ||
      user
    );
  }
  if (user === '') return text(message.username).trim();
  const profile = record(message.user_profile);
  return names.user(user) ?? ((profile && personName(profile)) || user);
}

/** The message's text; for a message without text, the files it shared, or what an app sent as attachments or blocks. */
function descriptionOf(message: Record<string, unknown>, names: SlackNames): string {
  const own = slackPlainText(text(message.text), names);
  if (!isBlank(own)) return own;
  const files = (Array.isArray(message.files) ? message.files : [message.file])
    .map((file) => text(record(file)?.name).trim() || text(record(file)?.title).trim())
    .filter((name) => name !== '');
  if (files.length > 0) return `${files.length === 1 ? 'Shared a file' : 'Shared files'}: ${files.join(', ')}`;
  const attachments = (Array.isArray(message.attachments) ? message.attachments : []).map((item) => {
    const attachment = record(item) ?? {};
    const fallback = text(attachment.fallback);
    if (!isBlank(fallback)) return slackPlainText(fallback, names);
    return [attachment.pretext, attachment.title, attachment.text]
      .map((part) => slackPlainText(text(part), names).trim())
      .filter((part) => part !== '')
      .join(' - ');
  });
  const fromAttachments = attachments.filter((part) => !isBlank(part)).join('\n');
  return isBlank(fromAttachments) ? blockText(message.blocks, names) : fromAttachments;
}

/** The text of Block Kit section, header and context blocks, for an app's message that has no `text`. */
function blockText(blocks: unknown, names: SlackNames): string {
  if (!Array.isArray(blocks)) return '';
  const textOf = (object: unknown) => {
    const found = record(object);
    return found ? slackPlainText(text(found.text), names).trim() : '';
  };
  return blocks
    .flatMap((item) => {
      const block = record(item) ?? {};
      const fields = Array.isArray(block.fields) ? block.fields : [];
      const elements = block.type === 'context' && Array.isArray(block.elements) ? block.elements : [];
      return [textOf(block.text), ...fields.map(textOf), ...elements.map(textOf)];
    })
    .filter((part) => part !== '')
    .join('\n');
}

/** Text cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = /[\uD800-\uDBFF]/.test(value[max - 1] ?? '') ? max - 1 : max;
  return value.slice(0, end);
}

type MessageOutcome =
  | { kind: 'skip' }
  | { kind: 'outside' }
  | { kind: 'reject'; reason: string }
  | { kind: 'event'; occurredAt: number; description: string; actor: string; reply: boolean };

/** Which messages are read: the chosen channels' names, and the time window (a message outside it is left out). */
interface MessageScope {
  names: SlackNames;
  from: number;
  until: number;
}

/**
 * One message as an event, or why not. An edited message (`edited` set) is imported as it stands: the export holds
 * its final text, and the edit is not marked.
 */
function readMessage(item: unknown, { names, from, until }: MessageScope): MessageOutcome {
  const message = record(item);
  if (!message) return { kind: 'reject', reason: 'is not a message object' };
  if (message.type !== undefined && message.type !== 'message') return { kind: 'skip' };
  const subtype = message.subtype;
  if ((subtype !== undefined && subtype !== null && !KEPT_SUBTYPES.has(String(subtype))) || message.hidden === true) return { kind: 'skip' };
  const occurredAt = slackTimestampMs(message.ts);
  if (occurredAt === null) {
    return {
      kind: 'reject',
      reason: `ts: ${JSON.stringify(message.ts ?? null).slice(0, 40)} is not a Slack timestamp (seconds since 1970, such as 1485909360.000200)`,
    };
  }
  if (occurredAt < from || occurredAt > until) return { kind: 'outside' };
  const checked = checkEventText(descriptionOf(message, names), actorOf(message, names));
  if (!checked.ok) return { kind: 'reject', reason: checked.reason };
  const thread = message.thread_ts;
  // A reply names its thread's first message in thread_ts; that first message names itself.
  const reply = (typeof thread === 'string' || typeof thread === 'number') && thread !== '' && exactTs(thread) !== exactTs(message.ts);
  return { kind: 'event', occurredAt, description: checked.description, actor: checked.actor, reply };
}

/** The messages of one day file, or why the file cannot be read. */
function dayMessages(data: Uint8Array | undefined): unknown[] | string {
  if (!data) return 'is missing from the ZIP';
  const decoded = utf8Text(data);
  if (decoded === null) return 'is not UTF-8 text';
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoded) as unknown;
  } catch (error) {
    return `is not valid JSON (${error instanceof Error ? error.message.slice(0, 120) : 'cannot be parsed'}); its messages were not imported`;
  }
  return Array.isArray(parsed) ? parsed : 'is not a JSON list of messages; its messages were not imported';
}

function conversationEvents(
  conversation: SlackConversation,
  files: SlackExport['files'],
  scope: MessageScope,
  visit: (outcome: MessageOutcome, where: string) => boolean,
  rejectFile: (reason: string) => void,
): boolean {
  for (const day of conversation.days) {
    const messages = day.problem ?? dayMessages(files[day.entry]);
    if (typeof messages === 'string') {
      rejectFile(`${day.path}: ${messages}`);
      continue;
    }
    for (const [index, item] of messages.entries()) {
      if (!visit(readMessage(item, scope), `${day.path} message ${index + 1}`)) return false;
    }
  }
  return true;
}

/**
 * The chosen channels' events in time order. An event's `line` is the message's running number (from 1) over the
 * chosen channels' day files in the order read, skipped messages included, and a day file that cannot be read takes
 * one number; a rejection names the day file and the message's place in it as well.
 */
function readExport(slack: SlackExport, options: ReaderOptions): ImportPreview {
  const events: ImportedEvent[] = [];
  const rejected: RejectedLine[] = [...slack.problems];
  if (slack.unknown.length > 0) {
    const known = slack.conversations.map((conversation) => conversation.name).join(', ');
    for (const name of slack.unknown)
      rejected.push({ line: 0, reason: `channel: the export has no channel named ${cut(name, 80)}; it has ${known || 'none'}` });
  }
  const scope: MessageScope = { names: slack.names, from: options.from ?? -Infinity, until: options.until ?? Infinity };
  let line = 0;
  for (const conversation of slack.chosen) {
    const origin = cut(conversation.origin, ORIGIN_MAX);
    const replyOrigin = `${cut(conversation.origin, ORIGIN_MAX - REPLY_MARK.length)}${REPLY_MARK}`;
    const finished = conversationEvents(
      conversation,
      slack.files,
      scope,
      (outcome, where) => {
        line += 1;
        if (outcome.kind === 'reject') rejected.push({ line, reason: `${where}: ${outcome.reason}` });
        if (outcome.kind !== 'event') return true;
        if (events.length >= IMPORT_EVENTS_MAX) {
          rejected.push({
            line,
            reason: `${where}: one file gives at most ${IMPORT_EVENTS_MAX.toLocaleString('en-US')} events; the rest were not read (choose fewer channels or a shorter window)`,
          });
          return false;
        }
        events.push({
          line,
          occurredAt: outcome.occurredAt,
          precision: 'second',
          description: outcome.description,
          actor: outcome.actor,
          phase: 'other',
          source: 'slack_import',
          origin: outcome.reply ? replyOrigin : origin,
        });
        return true;
      },
      (reason) => {
        line += 1;
        rejected.push({ line, reason });
      },
    );
    if (!finished) break;
  }
  // Channels are read one after another; the preview, like the timeline, runs in time order (replies included).
  events.sort((a, b) => a.occurredAt - b.occurredAt);
  return { events, rejected };
}

/** A Slack workspace or channel export ZIP (see slack-export.ts for its parts). */
export const slackReader: TimelineReader = {
  format: 'slack',
  label: 'Slack export (ZIP)',
  detect({ zipNames }) {
    return zipNames !== null && looksLikeSlackExport(zipNames);
  },
  choices(file) {
    const opened = openSlackExport(file.bytes);
    if (!opened.ok) return { channels: [] };
    const { conversations, files, names } = opened.export;
    return {
      channels: conversations.map((conversation) => {
        let messages = 0;
        conversationEvents(
          conversation,
          files,
          { names, from: -Infinity, until: Infinity },
          (outcome) => {
            if (outcome.kind !== 'skip') messages += 1;
            return true;
          },
          () => undefined,
        );
        return { name: conversation.name, messages };
      }),
    };
  },
  read(file, options) {
    const opened = openSlackExport(file.bytes, options.channels);
    return opened.ok ? readExport(opened.export, options) : unreadable(opened.reason);
  },
};
