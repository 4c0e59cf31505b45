import type { ApiErrorBody } from '../../../shared/api/errors.ts';
import { compareTimelineEvents, type TimelineEvent } from '../../../shared/domain/timeline.ts';
import { sourceText } from '../../../shared/timeline/source-text.ts';
import { dateTimeTextAt } from '../../../shared/time/zoned-time.ts';
import { EXIT_FAILED, EXIT_OK, stringFlag, type Command, type CommandContext } from '../command.ts';
import { cellText, formatTable } from '../format-table.ts';
import type { LocalApi } from '../local-api.ts';
import { printApiError } from '../print-error.ts';

/** How a key moment is marked, as on the timeline's rows. */
export const KEY_MOMENT_MARK = '★';

const DESCRIPTION_WIDTH = 200;
/** Typed or imported text on one terminal line, without control or bidi characters. */
const line = (text: string, width = DESCRIPTION_WIDTH): string => cellText(text, width);

const plural = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** The events as a table in display order, times in the meeting's zone to the precision each event is known to. */
export function timelineText(events: readonly TimelineEvent[], timeZone: string): string {
  return formatTable(
    ['KEY', 'TIME', 'ID', 'SOURCE', 'ACTOR', 'DESCRIPTION'],
    events.map((event) => [
      event.keyMoment ? KEY_MOMENT_MARK : '',
      dateTimeTextAt(event.occurredAt, timeZone, event.precision),
      event.id,
      line(sourceText(event), 60),
      event.actor === '' ? '-' : line(event.actor, 40),
      line(event.description),
    ]),
  );
}

async function listTimeline(context: CommandContext, meetingId: string, keyMomentsOnly: boolean): Promise<number> {
  const api = await context.api();
  const listed = api.call('timeline.list', { meetingId });
  if (!listed.ok) {
    const { error } = listed;
    return printApiError(
      context,
      error.code === 'invalid_input' ? { ...error, message: `--meeting ${JSON.stringify(line(meetingId, 80))}: ${error.message}` } : error,
    );
  }
  const all = [...listed.result].sort(compareTimelineEvents);
  const events = keyMomentsOnly ? all.filter((event) => event.keyMoment) : all;
  if (context.json) {
    context.out(JSON.stringify(events, null, 2));
    return EXIT_OK;
  }
  const meeting = api.call('meetings.get', { id: meetingId });
  if (!meeting.ok) return printApiError(context, meeting.error);
  const { incidentId, title, timeZone } = meeting.result;
  const name = line(incidentId === '' ? title : `${incidentId} ${title}`);
  const starred = all.filter((event) => event.keyMoment).length;
  const lines = [`Timeline of ${name}: ${plural(all.length, 'event')}, ${plural(starred, 'key moment')}; times in ${line(timeZone, 80)}`];
  if (events.length === 0) {
    lines.push(
      keyMomentsOnly
        ? 'No key moments yet. Star an event with: npm run cli -- timeline star --event ID'
        : 'No events yet. Import some with: npm run cli -- import-timeline --meeting ID --file FILE',
    );
  } else {
    lines.push(timelineText(events, timeZone));
  }
  context.out(lines.join('\n'));
  return EXIT_OK;
}

/** An error about one --event value, naming the value as typed (on one line). */
function eventError(id: string, error: ApiErrorBody): ApiErrorBody {
  if (error.code === 'not_found') return { ...error, message: `No timeline event with id ${line(id, 80)}` };
  if (error.code === 'invalid_input') return { ...error, message: `--event ${JSON.stringify(line(id, 80))}: ${error.message}` };
  return { ...error, message: `Event ${line(id, 80)}: ${error.message}` };
}

/**
 * Sets keyMoment on every event through timeline.update, after reading them all first: a missing or malformed id is
 * reported (every one of them) before anything is changed. Should the app refuse a change part way (a published
 * review, say), the events already changed are set back, so the command changes all of them or none.
 */
async function setKeyMoment(context: CommandContext, ids: readonly string[], keyMoment: boolean): Promise<number> {
  const api = await context.api();
  const unique = [...new Set(ids)];
  const events: TimelineEvent[] = [];
  const problems: ApiErrorBody[] = [];
  for (const id of unique) {
    const read = api.call('timeline.get', { id });
    if (read.ok) events.push(read.result);
    else problems.push(eventError(id, read.error));
  }
  if (problems.length > 0) {
    for (const problem of problems) printApiError(context, problem);
    if (!context.json) context.err('Nothing was changed.');
    return EXIT_FAILED;
  }

  const after: TimelineEvent[] = [];
  const changed: TimelineEvent[] = [];
  for (const event of events) {
    if (event.keyMoment === keyMoment) {
      after.push(event);
      continue;
    }
    const updated = api.call('timeline.update', { id: event.id, patch: { keyMoment } });
    if (!updated.ok) return undoAfterFailure(context, api, changed, eventError(event.id, updated.error));
    changed.push(event);
    after.push(updated.result);
  }

  if (context.json) {
    context.out(JSON.stringify(after, null, 2));
    return EXIT_OK;
  }
  const verb = keyMoment ? 'Starred' : 'Unstarred';
  const unchanged = keyMoment ? 'Already starred' : 'Was not starred';
  context.out(events.map((event) => `${event.keyMoment === keyMoment ? unchanged : verb} ${event.id}: ${line(event.description, 80)}`).join('\n'));
  return EXIT_OK;
}

/** Sets the events changed before a refusal back as they were; reports the refusal and whether that worked. */
function undoAfterFailure(context: CommandContext, api: LocalApi, changed: readonly TimelineEvent[], refusal: ApiErrorBody): number {
  const stuck = changed.filter((event) => !api.call('timeline.update', { id: event.id, patch: { keyMoment: event.keyMoment } }).ok);
  printApiError(context, refusal);
  if (context.json) return EXIT_FAILED;
  context.err(stuck.length === 0 ? 'Nothing was changed.' : `These events could not be set back: ${stuck.map((event) => event.id).join(', ')}`);
  return EXIT_FAILED;
}

export const timelineCommand: Command = {
  name: 'timeline',
  database: 'write',
  readOnlyActions: ['list'],
  summary: "List a meeting's timeline, or star and unstar events as key moments",
  usage: 'list --meeting ID [--key-moments] | star --event ID… | unstar --event ID…',
  flagHelp: [
    `list           the meeting's events in display order, one a line: ${KEY_MOMENT_MARK} for a key moment, the time in the`,
    "               meeting's time zone, the event's id, where it came from (Slack · #channel, CSV, Typed), the actor",
    '               and the description; with --json, an array of the events',
    '--meeting ID   the meeting whose timeline to list (required with list)',
    '--key-moments  list only the key moments',
    'star           stars the events as key moments (what the report shows with export --key-moments)',
    'unstar         takes the star off the events',
    '--event ID     an event to star or unstar (its id from timeline list); repeat it for several. Every id is checked',
    '               first: if one is unknown or not an id, each such id is named and nothing is changed. With --json,',
    '               the events after the change, in the order given, and each error as one JSON line on stderr',
  ],
  options: {
    meeting: { type: 'string' },
    'key-moments': { type: 'boolean' },
    event: { type: 'string', multiple: true },
  },
  allowPositionals: true,
  async run(context) {
    const [action, ...extra] = context.positionals;
    if (action === undefined) return context.usageError('timeline needs list, star or unstar');
    if (action !== 'list' && action !== 'star' && action !== 'unstar') return context.usageError(`unknown timeline action ${JSON.stringify(line(action, 40))}`);
    if (extra.length > 0) return context.usageError(`timeline ${action} takes flags only, not ${JSON.stringify(line(extra.join(' '), 40))}`);
    const meetingId = stringFlag(context.values, 'meeting');
    const eventFlags = context.values.event;
    const ids = Array.isArray(eventFlags) ? eventFlags.filter((value): value is string => typeof value === 'string') : [];

    if (action === 'list') {
      if (ids.length > 0) return context.usageError('--event goes with star or unstar');
      if (meetingId === undefined || meetingId === '') return context.usageError('timeline list needs --meeting ID');
      return listTimeline(context, meetingId, context.values['key-moments'] === true);
    }
    if (meetingId !== undefined || context.values['key-moments'] !== undefined)
      return context.usageError(`--meeting and --key-moments go with list, not ${action}`);
    if (ids.length === 0) return context.usageError(`timeline ${action} needs --event ID (one or more)`);
    return setKeyMoment(context, ids, action === 'star');
  },
};
