import type { Command } from './command.ts';
import { backupCommand } from './commands/backup.ts';
import { checkLanguageCommand } from './commands/check-language.ts';
import { createCommand } from './commands/create.ts';
import { effectivenessCommand } from './commands/effectiveness.ts';
import { exportCommand } from './commands/export.ts';
import { exportActionsCommand } from './commands/export-actions.ts';
import { followupsCommand } from './commands/followups.ts';
import { helpCommand } from './commands/help.ts';
import { importJsonCommand } from './commands/import-json.ts';
import { importStatusesCommand } from './commands/import-statuses.ts';
import { importTimelineCommand } from './commands/import-timeline.ts';
import { libraryCommand } from './commands/library.ts';
import { meetingsCommand } from './commands/meetings.ts';
import { peopleCommand } from './commands/people.ts';
import { publishCommand } from './commands/publish.ts';
import { restoreCommand } from './commands/restore.ts';
import { reviewCommand } from './commands/review.ts';
import { searchCommand } from './commands/search.ts';
import { setCommand } from './commands/set.ts';
import { tagsCommand } from './commands/tags.ts';
import { templatesCommand } from './commands/templates.ts';
import { timelineCommand } from './commands/timeline.ts';
import { trendsCommand } from './commands/trends.ts';

/** Every CLI command; a new command is one file in commands/ and one line here. */
export const COMMANDS: readonly Command[] = [
  createCommand,
  meetingsCommand,
  searchCommand,
  setCommand,
  reviewCommand,
  effectivenessCommand,
  templatesCommand,
  importTimelineCommand,
  timelineCommand,
  exportCommand,
  exportActionsCommand,
  publishCommand,
  libraryCommand,
  followupsCommand,
  trendsCommand,
  peopleCommand,
  tagsCommand,
  importJsonCommand,
  importStatusesCommand,
  backupCommand,
  restoreCommand,
  checkLanguageCommand,
  helpCommand,
];
