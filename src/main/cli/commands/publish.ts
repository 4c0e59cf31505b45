import path from 'node:path';
import type { GitCommitResult, PublishResult } from '../../../shared/api/publish.ts';
import { publicationFiles } from '../../../shared/publish/publication.ts';
import { DEFAULT_REPORT_LAYOUT, REPORT_LAYOUTS } from '../../../shared/report/layouts.ts';
import { EXIT_FAILED, EXIT_OK, stringFlag, type Command } from '../command.ts';
import { printApiError } from '../print-error.ts';
import { readRedactionFlags, redactedMaterial, REDACTION_FLAG_HELP, REDACTION_OPTIONS } from '../redaction-flags.ts';

/** What `publish --json` prints: publish.write's answer, and git's when --commit asked for a commit. */
export interface PublishReport extends PublishResult {
  git?: GitCommitResult;
  /** With --redact: how many distinct values were replaced and kept. */
  redaction?: { replaced: number; kept: number };
}

const isLayout = (value: string): value is (typeof REPORT_LAYOUTS)[number] => (REPORT_LAYOUTS as readonly string[]).includes(value);

export const publishCommand: Command = {
  name: 'publish',
  database: 'read',
  summary: "Publish a review into a shared folder (a git working copy, say): its report in Markdown and Word, its archive, and the folder's README index",
  usage: `--meeting ID --to DIR [--layout ${REPORT_LAYOUTS.join('|')}] [--key-moments] [--redact [--redact-keep KINDS]] [--commit]`,
  flagHelp: [
    '--meeting ID      the review to publish (required); any state, which the files record',
    '--to DIR          the shared folder; the review goes into DIR/<date>-<incident>/ and its row into DIR/README.md,',
    '                  between the markers <!-- debrief:index:start --> and <!-- debrief:index:end --> (the rest is kept)',
    '                  (a teammate reads the folder into their own library, read-only, with: library add DIR)',
    `--layout LAYOUT   the report's layout (default ${DEFAULT_REPORT_LAYOUT})`,
    "--key-moments     the report's timeline lists only the starred events, the full timeline goes to an appendix",
    ...REDACTION_FLAG_HELP,
    '--commit          when DIR is in a git working copy, commit the files written with your own git name and e-mail',
    '                  (only those files; nothing is pushed)',
  ],
  options: {
    meeting: { type: 'string' },
    to: { type: 'string' },
    layout: { type: 'string' },
    'key-moments': { type: 'boolean' },
    commit: { type: 'boolean' },
    ...REDACTION_OPTIONS,
  },
  async run(context) {
    const meetingId = stringFlag(context.values, 'meeting');
    if (meetingId === undefined) return context.usageError('publish needs --meeting ID');
    const to = stringFlag(context.values, 'to');
    if (to === undefined || to === '') return context.usageError('publish needs --to DIR');
    const layout = stringFlag(context.values, 'layout') ?? DEFAULT_REPORT_LAYOUT;
    if (!isLayout(layout)) return context.usageError(`--layout must be one of ${REPORT_LAYOUTS.join(', ')} (got "${layout}")`);
    const redactKeep = readRedactionFlags(context);
    if (typeof redactKeep === 'string') return context.usageError(redactKeep);

    const api = await context.api();
    const archive = api.call('archive.export', { meetingId });
    if (!archive.ok) return printApiError(context, archive.error);
    const backlog = api.call('actions.openFromEarlier', { meetingId });
    if (!backlog.ok) return printApiError(context, backlog.error);
    const material = redactedMaterial(api, archive.result, backlog.result, redactKeep);
    if ('error' in material) return printApiError(context, material.error);
    if (material.summary !== null) context.err(material.summary);
    const written = api.call('publish.write', await publicationFiles(material, path.resolve(to), layout, context.values['key-moments'] === true));
    if (!written.ok) return printApiError(context, written.error);

    const report: PublishReport = { ...written.result, ...(material.counts ? { redaction: material.counts } : {}) };
    if (context.values.commit === true) {
      const commit = api.call('publish.commit', { dir: path.resolve(to), folder: written.result.folder });
      if (!commit.ok) return printApiError(context, commit.error);
      report.git = commit.result;
    }
    if (context.json) context.out(JSON.stringify(report, null, 2));
    else {
      context.out(report.path);
      if (report.git) context.out(report.git.message);
      else if (report.gitWorkTree) context.out('The folder is in a git working copy: add --commit to commit what was written.');
    }
    return report.git && !report.git.committed ? EXIT_FAILED : EXIT_OK;
  },
};
