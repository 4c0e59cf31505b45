import { actionFactLines, ownerIdentity } from './action-text.ts';
import { POSTMORTEM_LABEL } from './jira-csv.ts';
import type { TrackerExport, TrackerExportInput } from './types.ts';

/**
 * One word for bash whatever the text: inside single quotes nothing is special ($(), backticks, newlines, "), and a
 * single quote itself is closed, escaped and reopened ('\''). Argument lists cannot carry NUL, and the API refuses it.
 */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Flags are written "--name=value" so a value starting with "-" (a title like "-rf cleanup") is never read as a flag
 * by gh's parser; no "--" separator is needed since gh issue create takes no positional arguments.
 */
function flag(name: string, value: string): string {
  return shellQuote(`--${name}=${value}`);
}

const HEADER = [
  '#!/usr/bin/env bash',
  '# Creates one GitHub issue per Debrief action item. Run it inside a clone of the repository, or with GH_REPO=owner/name.',
  "# Each body ends with the item's tracker key (debrief-<id>), so a status can find its item again.",
  'set -euo pipefail',
  '',
  `gh label create ${shellQuote(POSTMORTEM_LABEL)} --force --description 'Action item from a post-mortem review'`,
];

/** A bash script of `gh issue create` calls, safe for any text the items hold. */
export function writeGithubScript(input: TrackerExportInput): TrackerExport {
  const warnings: string[] = [];
  const calls = input.actions.map((action) => {
    const assignee = ownerIdentity(action, input.people, 'github');
    if (assignee.warning !== null) warnings.push(assignee.warning);
    const body = actionFactLines(action).join('\n');
    const flags = [flag('title', action.item.title), flag('body', body), flag('label', POSTMORTEM_LABEL)];
    if (assignee.identity !== '') flags.push(flag('assignee', assignee.identity));
    return ['', `gh issue create \\\n  ${flags.join(' \\\n  ')}`].join('\n');
  });
  return { text: `${[...HEADER, ...calls].join('\n')}\n`, warnings };
}
