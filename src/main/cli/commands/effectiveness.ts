import { EFFECTIVENESS_OUTCOME_LABELS } from '../../../shared/domain/effectiveness.ts';
import { doneText } from '../../../shared/report/sections/effectiveness.ts';
import { dateTimeTextAt } from '../../../shared/time/zoned-time.ts';
import { EXIT_OK, stringFlag, type Command } from '../command.ts';
import { cellText } from '../format-table.ts';
import { printApiError } from '../print-error.ts';

/** Typed text on one terminal line, without control or bidi characters. */
const line = (text: string): string => cellText(text, 200);

export const effectivenessCommand: Command = {
  name: 'effectiveness',
  database: 'read',
  summary: "Show a review's effectiveness results: per action item, done or not, whether it worked, the note and date",
  usage: '--meeting ID',
  flagHelp: ['--meeting ID        the review (or the effectiveness-review meeting that checked it) (required)'],
  options: { meeting: { type: 'string' } },
  async run(context) {
    const meetingId = stringFlag(context.values, 'meeting');
    if (meetingId === undefined || meetingId === '') return context.usageError('effectiveness needs --meeting ID');
    const api = await context.api();
    const read = api.call('effectiveness.get', { meetingId });
    if (!read.ok) return printApiError(context, read.error);
    const review = read.result;
    if (context.json) {
      context.out(JSON.stringify(review, null, 2));
      return EXIT_OK;
    }
    const meeting = api.call('meetings.get', { id: review.meetingId });
    if (!meeting.ok) return printApiError(context, meeting.error);
    const { incidentId, title, timeZone } = meeting.result;
    const lines = [`Effectiveness of ${line(incidentId === '' ? title : `${incidentId} ${title}`)}`];
    if (review.items.length === 0) lines.push('No action items.');
    else if (review.items.every((item) => item.result === null)) lines.push('No effectiveness review has been held yet.');
    review.items.forEach((item, index) => {
      const { result } = item;
      const worked = result === null ? 'not checked' : result.outcome === null ? 'not said' : EFFECTIVENESS_OUTCOME_LABELS[result.outcome];
      const when = result === null ? '' : `, recorded ${dateTimeTextAt(result.recordedAt, timeZone)}`;
      lines.push(`${index + 1}. ${line(item.actionItem.title)}: ${doneText(item.actionItem)}; ${worked}${when}`);
      if (result !== null && result.note !== '') lines.push(`   ${line(result.note)}`);
    });
    context.out(lines.join('\n'));
    return EXIT_OK;
  },
};
