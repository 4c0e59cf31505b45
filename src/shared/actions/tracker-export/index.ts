import { writeCalendarIcs } from './calendar-ics.ts';
import { writeGithubScript } from './github-script.ts';
import { writeGitlabCsv } from './gitlab-csv.ts';
import { writeJiraCsv } from './jira-csv.ts';
import { writePlainCsv } from './plain-csv.ts';
import type { TrackerExport, TrackerExportInput } from './types.ts';

export type * from './types.ts';

export const TRACKER_EXPORT_FORMATS = ['jira-csv', 'github', 'gitlab-csv', 'csv', 'ics'] as const;
export type TrackerExportFormat = (typeof TRACKER_EXPORT_FORMATS)[number];

const WRITERS: Record<TrackerExportFormat, (input: TrackerExportInput) => TrackerExport> = {
  'jira-csv': writeJiraCsv,
  github: writeGithubScript,
  'gitlab-csv': writeGitlabCsv,
  csv: writePlainCsv,
  ics: writeCalendarIcs,
};

export function isTrackerExportFormat(text: string): text is TrackerExportFormat {
  return (TRACKER_EXPORT_FORMATS as readonly string[]).includes(text);
}

/** The file for one format; the same input always gives the same text. */
export function writeTrackerExport(format: TrackerExportFormat, input: TrackerExportInput): TrackerExport {
  return WRITERS[format](input);
}
