import type { Review, ReviewState } from '../../../shared/domain/review.ts';
import { REVIEW_STATE_LABELS } from '../../../shared/domain/review.ts';
import { dateTimeTextAt } from '../../../shared/time/zoned-time.ts';
import { EXIT_OK, stringFlag, type Command, type CommandContext } from '../command.ts';
import type { LocalApi } from '../local-api.ts';
import { printApiError } from '../print-error.ts';
import { cellText } from '../format-table.ts';

/** Names and sections on one terminal line each, without control or bidi characters. */
const line = (text: string): string => cellText(text, 200);

/** The states as typed on the command line. */
const STATE_OF_FLAG: Readonly<Record<string, ReviewState>> = { draft: 'draft', 'in-review': 'in_review', published: 'published' };

const HELP_WIDTH = 18;

function reviewText(review: Review, timeZone: string, withHistory: boolean): string {
  const when = (at: number) => dateTimeTextAt(at, timeZone);
  const lines = [`Review of ${review.meetingId}: ${REVIEW_STATE_LABELS[review.state]}`];
  if (review.reviewers.length === 0) lines.push('No reviewers yet.');
  for (const reviewer of review.reviewers) {
    if (reviewer.signedOffAt === null) {
      lines.push(`  ${line(reviewer.name)}: not signed off`);
      continue;
    }
    const changed = [...new Set(reviewer.changedSinceSignOff.map((entry) => line(entry.detail)))];
    const since = changed.length === 0 ? '' : `; changed since: ${changed.join(', ')}`;
    lines.push(`  ${line(reviewer.name)}: signed off ${when(reviewer.signedOffAt)}${since}`);
  }
  if (withHistory && review.history.length > 0) {
    lines.push('History:');
    for (const entry of review.history) lines.push(`  ${when(entry.at)}  ${line(entry.who)}  ${entry.kind.replaceAll('_', ' ')}  ${line(entry.detail)}`);
  }
  return lines.join('\n');
}

/** Runs the changes the flags ask for, in order; the review after them, or the exit code of the first refusal. */
function applyFlags(
  context: CommandContext,
  api: LocalApi,
  meetingId: string,
  state: ReviewState | undefined,
  reviewers: string[],
  signOff: string | undefined,
): Review | number {
  let review: Review | undefined;
  if (state !== undefined) {
    const set = api.call('review.setState', { meetingId, state });
    if (!set.ok) return printApiError(context, set.error);
    review = set.result;
  }
  for (const name of reviewers) {
    const added = api.call('review.addReviewer', { meetingId, name });
    if (!added.ok) return printApiError(context, added.error);
    review = added.result;
  }
  if (signOff !== undefined) {
    const signed = api.call('review.signOff', { meetingId, name: signOff });
    if (!signed.ok) return printApiError(context, signed.error);
    review = signed.result;
  }
  if (review) return review;
  const read = api.call('review.get', { meetingId });
  return read.ok ? read.result : printApiError(context, read.error);
}

export const reviewCommand: Command = {
  name: 'review',
  database: 'write',
  summary: "Show a review's state, reviewers and history; circulate, publish or reopen it; record a sign-off",
  usage: '--meeting ID [--set draft|in-review|published] [--reviewer NAME …] [--sign-off NAME]',
  flagHelp: [
    `${'--meeting ID'.padEnd(HELP_WIDTH)}the meeting whose review it is (required); alone, shows the review and its history`,
    `${'--set STATE'.padEnd(HELP_WIDTH)}draft, in-review (circulated for factual corrections) or published;`,
    `${''.padEnd(HELP_WIDTH)}in-review on a published review reopens it. Publishing does not wait for sign-offs.`,
    `${'--reviewer NAME'.padEnd(HELP_WIDTH)}adds a reviewer; repeat it for each`,
    `${'--sign-off NAME'.padEnd(HELP_WIDTH)}records that reviewer's sign-off, dated now`,
    `${''.padEnd(HELP_WIDTH)}While a review is published its report is read-only; set it to in-review to change it.`,
  ],
  options: {
    meeting: { type: 'string' },
    set: { type: 'string' },
    reviewer: { type: 'string', multiple: true },
    'sign-off': { type: 'string' },
  },
  async run(context) {
    const meetingId = stringFlag(context.values, 'meeting');
    if (meetingId === undefined || meetingId === '') return context.usageError('review needs --meeting ID');
    const stateFlag = stringFlag(context.values, 'set');
    const state = stateFlag === undefined ? undefined : STATE_OF_FLAG[stateFlag];
    if (stateFlag !== undefined && state === undefined) return context.usageError(`--set: must be draft, in-review or published, not "${stateFlag}"`);
    const reviewerValues = context.values.reviewer;
    const reviewers = Array.isArray(reviewerValues) ? reviewerValues.filter((name) => typeof name === 'string') : [];
    const signOff = stringFlag(context.values, 'sign-off');

    const api = await context.api();
    const meeting = api.call('meetings.get', { id: meetingId });
    if (!meeting.ok) return printApiError(context, meeting.error);
    const review = applyFlags(context, api, meetingId, state, reviewers, signOff);
    if (typeof review === 'number') return review;
    const onlyShown = state === undefined && reviewers.length === 0 && signOff === undefined;
    context.out(context.json ? JSON.stringify(review, null, 2) : reviewText(review, meeting.result.timeZone, onlyShown));
    return EXIT_OK;
  },
};
