import type { Readable } from 'node:stream';
import type { MeetingPatch } from '../../../shared/api/meetings.ts';
import type { ApiErrorBody } from '../../../shared/api/errors.ts';
import type { Meeting, MetricChange } from '../../../shared/domain/meeting.ts';
import { parseClockText, parseDateText } from '../../../shared/time/time-input.ts';
import { instantOf } from '../../../shared/time/zoned-time.ts';
import { EXIT_FAILED, EXIT_OK, stringFlag, type Command, type CommandContext } from '../command.ts';
import { printApiError } from '../print-error.ts';
import { errorMessage } from '../../../shared/error-message.ts';

/** A summary is at most 20,000 characters; anything near a megabyte on standard input is the wrong file. */
const STDIN_BYTES_MAX = 1024 * 1024;

/** Flag → field of meetings.update, for the fields that take text as typed. */
const TEXT_FLAGS: ReadonlyArray<readonly [flag: string, field: keyof MeetingPatch, help: string]> = [
  ['title', 'title', 'the meeting title'],
  ['incident', 'incidentId', 'the incident id, e.g. INC-2041'],
  ['summary', 'summary', 'the executive summary that opens every report'],
  ['users-affected', 'usersAffected', 'who or how many were affected'],
  ['revenue-impact', 'revenueImpact', 'the estimated revenue impact'],
  ['slo-budget', 'sloBudgetConsumed', 'the share of the SLO budget consumed'],
  ['data-loss', 'dataLoss', 'data lost or damaged, or "None"'],
  ['customer-communication', 'customerCommunication', 'what customers were told, and when'],
  ['author', 'author', "the report's author"],
  ['reviewers', 'reviewers', "the report's reviewers"],
  ['hypothesis', 'initialHypothesis', 'the initial hypothesis (incident workflow, INC-1)'],
  ['mitigation', 'mitigationStrategy', 'the mitigation strategy (INC-2)'],
  ['residual-risk', 'residualRisk', 'the residual risk (INC-2)'],
];

const HELP_WIDTH = 32;

/** Calendar dates; an empty value clears the date. */
const DATE_FLAGS: ReadonlyArray<readonly [flag: string, field: 'reviewedOn' | 'followUpReviewOn', help: string]> = [
  ['reviewed-on', 'reviewedOn', 'the date the report was reviewed, YYYY-MM-DD'],
  ['follow-up-on', 'followUpReviewOn', 'the follow-up review date, YYYY-MM-DD'],
];

const FLAG_OF_FIELD = new Map<string, string>([
  ...TEXT_FLAGS.map(([flag, field]) => [field, flag] as const),
  ...DATE_FLAGS.map(([flag, field]) => [field, flag] as const),
  ['severity', 'severity'],
  ['servicesAffected', 'service'],
  ['metrics', 'metric'],
  ['nextUpdateAt', 'next-update'],
]);

/** Seed 004's "metric — before → after"; a colon or "--" may stand for the dash and "->" for the arrow. */
const METRIC_PATTERN = /^(.+?)\s*(?:—|--|:)\s*(.*?)\s*(?:→|->)\s*(.*)$/s;

export function parseMetricFlag(text: string): MetricChange | null {
  const match = METRIC_PATTERN.exec(text.trim());
  if (!match) return null;
  return { metric: match[1] ?? '', before: match[2] ?? '', after: match[3] ?? '' };
}

/** "2026-11-20 03:00" in the meeting's zone, as UTC milliseconds; a message when it is not such a time. */
function parseNextUpdate(text: string, timeZone: string): number | string {
  const [dateText = '', timeText = '', ...rest] = text.trim().split(/\s+/);
  const date = parseDateText(dateText);
  const clock = parseClockText(timeText);
  if (rest.length > 0 || !date.ok || !clock.ok) return `--next-update: must be a date and time as "YYYY-MM-DD HH:MM" in the meeting's time zone (${timeZone})`;
  return instantOf({ ...date.value, hour: clock.value.hour, minute: clock.value.minute, second: clock.value.second }, timeZone);
}

/** Standard input as UTF-8 text, refused when it is not text or is far too long to be a meeting field. */
export async function readStdinText(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.byteLength;
    if (size > STDIN_BYTES_MAX) throw new Error(`standard input is larger than ${STDIN_BYTES_MAX / 1024 / 1024} MB`);
    chunks.push(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new Error('standard input is not UTF-8 text');
  }
}

/** "error: --summary: must be at most 20000 characters": the API's field path told as the flag the user typed. */
function flagError(error: ApiErrorBody): ApiErrorBody {
  const match = /^patch\.([A-Za-z]+)(?:\.(\d+))?(?:\.([A-Za-z]+))?: /.exec(error.message);
  const flag = match?.[1] === undefined ? undefined : FLAG_OF_FIELD.get(match[1]);
  if (!match || flag === undefined) return error;
  const place = [...(match[2] === undefined ? [] : [`value ${Number(match[2]) + 1}`]), ...(match[3] === undefined ? [] : [match[3]])];
  const which = place.length === 0 ? '' : ` (${place.join(', ')})`;
  return { ...error, message: `--${flag}${which}: ${error.message.slice(match[0].length)}` };
}

/** The patch the flags ask for; reads standard input for the one flag given as "-". */
async function patchFromFlags(context: CommandContext, stdin: Readable): Promise<MeetingPatch | string> {
  const patch: Record<string, unknown> = {};
  const fromStdin = [...TEXT_FLAGS, ...DATE_FLAGS].filter(([flag]) => stringFlag(context.values, flag) === '-').map(([flag]) => flag);
  if (fromStdin.length > 1) return `only one flag can read standard input ("-"); ${fromStdin.map((flag) => `--${flag}`).join(' and ')} both ask for it`;
  for (const [flag, field] of TEXT_FLAGS) {
    const value = stringFlag(context.values, flag);
    if (value !== undefined) patch[field] = value === '-' ? await readStdinText(stdin) : value;
  }
  for (const [flag, field] of DATE_FLAGS) {
    const value = stringFlag(context.values, flag);
    if (value !== undefined) patch[field] = value === '' ? null : value;
  }
  const severity = stringFlag(context.values, 'severity');
  if (severity !== undefined) patch.severity = severity === '' ? null : severity;
  const services = context.values.service;
  if (Array.isArray(services)) patch.servicesAffected = services.filter((name) => typeof name === 'string');
  if (context.values['no-services'] === true) {
    if (patch.servicesAffected !== undefined) return '--service and --no-services cannot be given together';
    patch.servicesAffected = [];
  }
  const metrics = context.values.metric;
  if (Array.isArray(metrics)) {
    const parsed = metrics.map((text) => (typeof text === 'string' ? parseMetricFlag(text) : null));
    const bad = parsed.findIndex((metric) => metric === null);
    if (bad >= 0) return `--metric (value ${bad + 1}): must read "METRIC: BEFORE -> AFTER", for example "Error rate: 12% -> 0.3%"`;
    patch.metrics = parsed;
  }
  if (context.values['no-metrics'] === true) {
    if (patch.metrics !== undefined) return '--metric and --no-metrics cannot be given together';
    patch.metrics = [];
  }
  return patch as MeetingPatch;
}

export const setCommand: Command = {
  name: 'set',
  database: 'write',
  summary: "Set a meeting's fields (summary, impact, incident-workflow fields …) and print what changed",
  usage: '--meeting ID [--summary TEXT|-] [--FIELD VALUE …]',
  flagHelp: [
    `${'--meeting ID'.padEnd(HELP_WIDTH)}the meeting to change (required)`,
    ...TEXT_FLAGS.map(([flag, , help]) => `${`--${flag} TEXT`.padEnd(HELP_WIDTH)}${help}`),
    ...DATE_FLAGS.map(([flag, , help]) => `${`--${flag} DATE`.padEnd(HELP_WIDTH)}${help}; "" clears it`),
    `${'--severity SEV'.padEnd(HELP_WIDTH)}SEV1, SEV2, SEV3 or SEV4; "" clears it`,
    `${'--service NAME'.padEnd(HELP_WIDTH)}a service affected (INC-1); repeat it for each, in order; replaces the list`,
    `${'--no-services'.padEnd(HELP_WIDTH)}empty the list of services affected`,
    `${'--metric "M: BEFORE -> AFTER"'.padEnd(HELP_WIDTH)}a metric of the mitigation (INC-2); repeat it for each; replaces the list`,
    `${'--no-metrics'.padEnd(HELP_WIDTH)}empty the list of metrics`,
    `${'--next-update "DATE HH:MM"'.padEnd(HELP_WIDTH)}the next stakeholder update (INC-3) in the meeting's time zone; "" clears it`,
    `${''.padEnd(HELP_WIDTH)}A text flag given as "-" reads its value from standard input, e.g.`,
    `${''.padEnd(HELP_WIDTH)}npm run cli -- set --meeting ID --summary - < summary.txt`,
    `${''.padEnd(HELP_WIDTH)}Fields not named are left as they are.`,
  ],
  options: {
    meeting: { type: 'string' },
    ...Object.fromEntries([...TEXT_FLAGS, ...DATE_FLAGS].map(([flag]) => [flag, { type: 'string' as const }])),
    severity: { type: 'string' },
    service: { type: 'string', multiple: true },
    'no-services': { type: 'boolean' },
    metric: { type: 'string', multiple: true },
    'no-metrics': { type: 'boolean' },
    'next-update': { type: 'string' },
  },
  async run(context) {
    const meetingId = stringFlag(context.values, 'meeting');
    if (meetingId === undefined || meetingId === '') return context.usageError('set needs --meeting ID');
    let patch: MeetingPatch | string;
    try {
      patch = await patchFromFlags(context, process.stdin);
    } catch (error) {
      const message = errorMessage(error);
      context.err(context.json ? JSON.stringify({ ok: false, error: { code: 'unreadable_input', message } }) : `error: ${message}`);
      return EXIT_FAILED;
    }
    if (typeof patch === 'string') return context.usageError(patch);
    const nextUpdate = stringFlag(context.values, 'next-update');
    if (Object.keys(patch).length === 0 && nextUpdate === undefined) return context.usageError('set needs at least one field to change, e.g. --summary TEXT');

    const api = await context.api();
    if (nextUpdate !== undefined) {
      if (nextUpdate.trim() === '') {
        patch.nextUpdateAt = null;
      } else {
        // Read in the meeting's zone, as the facilitator sees the time on screen.
        const current = api.call('meetings.get', { id: meetingId });
        if (!current.ok) return printApiError(context, current.error);
        const at = parseNextUpdate(nextUpdate, current.result.timeZone);
        if (typeof at === 'string') return context.usageError(at);
        patch.nextUpdateAt = at;
      }
    }
    const fields = Object.keys(patch);
    const updated = api.call('meetings.update', { id: meetingId, patch });
    if (!updated.ok) return printApiError(context, flagError(updated.error));
    const meeting: Meeting = updated.result;
    context.out(
      context.json ? JSON.stringify(meeting, null, 2) : `Updated ${meeting.id}: ${fields.map((field) => `--${FLAG_OF_FIELD.get(field) ?? field}`).join(', ')}`,
    );
    return EXIT_OK;
  },
};
