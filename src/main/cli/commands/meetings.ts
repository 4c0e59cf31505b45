import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { EXIT_OK, type Command } from '../command.ts';
import { cellText, formatLocalTime, formatTable } from '../format-table.ts';
import { printApiError } from '../print-error.ts';

const TITLE_WIDTH = 48;

export const meetingsCommand: Command = {
  name: 'meetings',
  database: 'read',
  summary: 'List meetings, most recently updated first',
  usage: '',
  flagHelp: [],
  options: {},
  async run(context) {
    const api = await context.api();
    const listed = api.call('meetings.list', {});
    if (!listed.ok) return printApiError(context, listed.error);
    if (context.json) {
      context.out(JSON.stringify(listed.result, null, 2));
    } else if (listed.result.length === 0) {
      context.out('No meetings yet. Create one with: npm run cli -- create --title TEXT');
    } else {
      context.out(meetingsTable(listed.result));
    }
    return EXIT_OK;
  },
};

export function meetingsTable(meetings: readonly MeetingSummary[]): string {
  return formatTable(
    ['ID', 'INCIDENT', 'TITLE', 'SEVERITY', 'EVENTS', 'UPDATED'],
    meetings.map((meeting) => [
      meeting.id,
      cellText(meeting.incidentId, 24) || '-',
      cellText(meeting.title, TITLE_WIDTH),
      meeting.severity ?? '-',
      String(meeting.timelineEventCount),
      formatLocalTime(meeting.updatedAt),
    ]),
  );
}
