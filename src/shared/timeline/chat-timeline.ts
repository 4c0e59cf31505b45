import { isBlankText } from '../text/blank-text.ts';
import { checkEventText } from './event-fields.ts';
import { IMPORT_EVENTS_MAX, type ImportContext, type ImportedEvent, type ImportPreview } from './import-result.ts';
import { parseTimestampText } from './timestamp-text.ts';
import { nextCalendarDate } from '../time/zoned-time.ts';

// "[14:05] alice: text", "[2026-11-20 14:05] alice: text", "14:05 alice: text", "14:05:09 text"
const BRACKETED = /^\s*\[([^\]]{1,40})\]\s*(.*)$/;
const BARE = /^\s*((?:\d{4}-\d{2}-\d{2}[T ])?\d{1,2}:\d{2}(?::\d{2})?)(?:\s+(.*))?$/;
const LOOKS_LIKE_TIME = /^[\d\s:.TZ+-]*\d:\d[\d\s:.TZ+-]*(?:UTC)?$/i;
/** A speaker is one to three words before a colon, e.g. "alice", "Alice Smith", "PagerDuty bot". */
const SPEAKER = /^([^\s:][^:]{0,39}?):(?:\s+|$)(.*)$/;
const SPEAKER_WORDS_MAX = 3;
/** A stamp that carries its own date, e.g. "2017-02-01 00:36" or "2017-02-01T00:36:00Z". */
const DATED_STAMP = /^\s*(\d{4}-\d{2}-\d{2})[T ]/;

interface Message {
  line: number;
  occurredAt: number;
  precision: ImportedEvent['precision'];
  actor: string;
  text: string;
}

function splitSpeaker(rest: string): { actor: string; text: string } {
  const match = SPEAKER.exec(rest);
  if (!match) return { actor: '', text: rest };
  const speaker = (match[1] ?? '').trim();
  if (speaker.split(/\s+/).length > SPEAKER_WORDS_MAX) return { actor: '', text: rest };
  return { actor: speaker, text: match[2] ?? '' };
}

/** The time stamp and the rest of a line that starts a message, or null for a continuation line. */
export function messageStart(line: string): { stamp: string; rest: string } | null {
  const bracketed = BRACKETED.exec(line);
  if (bracketed && LOOKS_LIKE_TIME.test((bracketed[1] ?? '').trim())) return { stamp: bracketed[1] ?? '', rest: bracketed[2] ?? '' };
  const bare = BARE.exec(line);
  if (bare) return { stamp: bare[1] ?? '', rest: bare[2] ?? '' };
  return null;
}

/**
 * Pasted chat: each message starts with a time, then an optional "speaker:"; a line without a leading time
 * continues the message above it. Lines without a speaker (bots, system notices) are kept with no actor.
 * A bare HH:MM is on the incident's start date until the clock goes backwards, then on the next day, and so on;
 * a line with its own date ("[2017-02-01 00:36]") sets the day for the undated lines after it.
 */
export function parseChatTimeline(text: string, context: ImportContext): ImportPreview {
  const preview: ImportPreview = { events: [], rejected: [] };
  const messages: Message[] = [];
  let current: Message | null = null;
  /** The day undated lines are read on: the incident's start date, moved on at each midnight the log crosses. */
  let day = context.anchorDate;
  let previousAt: number | null = null;
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r\n|\r|\n/);

  for (const [index, raw] of lines.entries()) {
    const lineNumber = index + 1;
    if (isBlankText(raw)) continue;
    const start = messageStart(raw);
    if (!start) {
      if (current) current.text = current.text === '' ? raw.trim() : `${current.text}\n${raw.trim()}`;
      else preview.rejected.push({ line: lineNumber, reason: 'time: the line does not start with a time such as [14:05] or 14:05' });
      continue;
    }
    const dated = DATED_STAMP.exec(start.stamp);
    let time = parseTimestampText(start.stamp, { timeZone: context.timeZone, anchorDate: day });
    if (time.ok && dated) {
      // A dated line sets the day the undated lines after it count from.
      day = dated[1] ?? day;
    } else if (time.ok && previousAt !== null && time.occurredAt < previousAt) {
      // A chat log runs forward: a clock time earlier than the message before it is on the next day.
      day = nextCalendarDate(day);
      time = parseTimestampText(start.stamp, { timeZone: context.timeZone, anchorDate: day });
    }
    if (!time.ok) {
      preview.rejected.push({ line: lineNumber, reason: `time: ${time.message}` });
      // Lines below belong to the refused message, not to the one before it.
      current = null;
      continue;
    }
    const { actor, text: said } = splitSpeaker(start.rest.trim());
    current = { line: lineNumber, occurredAt: time.occurredAt, precision: time.precision, actor, text: said.trim() };
    messages.push(current);
    previousAt = time.occurredAt;
  }

  for (const message of messages) {
    const checked = checkEventText(message.text, message.actor);
    if (!checked.ok) preview.rejected.push({ line: message.line, reason: checked.reason });
    else if (preview.events.length >= IMPORT_EVENTS_MAX) {
      preview.rejected.push({ line: message.line, reason: `row: one file gives at most ${IMPORT_EVENTS_MAX.toLocaleString('en-US')} events` });
    } else {
      const { line, occurredAt, precision } = message;
      preview.events.push({
        line,
        occurredAt,
        precision,
        description: checked.description,
        actor: checked.actor,
        phase: 'other',
        source: 'chat_import',
        origin: '',
      });
    }
  }
  preview.rejected.sort((a, b) => a.line - b.line);
  return preview;
}
