import type { ApiErrorBody } from '../../shared/api/errors.ts';
import type { TrackerExportInput } from '../../shared/actions/tracker-export/index.ts';
import type { MeetingArchive } from '../../shared/archive/meeting-archive.ts';
import type { EarlierOpenItem } from '../../shared/domain/actions.ts';
import { SENSITIVE_KINDS, type SensitiveKind } from '../../shared/redaction/detect.ts';
import { redactExportMaterial, scanExportMaterial } from '../../shared/redaction/redact-archive.ts';
import { redactTrackerInput, scanTrackerInput } from '../../shared/redaction/redact-tracker.ts';
import { redactionSummary } from '../../shared/redaction/summary.ts';
import { stringFlag, type CommandContext } from './command.ts';
import type { LocalApi } from './local-api.ts';

/** The flags of every command whose files leave the laptop (export, publish, export-actions). */
export const REDACTION_OPTIONS = { redact: { type: 'boolean' }, 'redact-keep': { type: 'string' } } as const;

export const REDACTION_FLAG_HELP = [
  '--redact          replace sensitive text in the files (e-mail and IP addresses, web addresses, internal host names,',
  '                  keys and tokens, phone numbers, the names in the redaction list) and summarise it on standard error',
  `--redact-keep K   with --redact, keep these kinds as written, comma-separated: ${SENSITIVE_KINDS.join(', ')}`,
];

const isKind = (value: string): value is SensitiveKind => (SENSITIVE_KINDS as readonly string[]).includes(value);

/** --redact and --redact-keep KIND,...: the kinds to keep (null without --redact), or the usage error. */
export function readRedactionFlags(context: CommandContext): SensitiveKind[] | null | string {
  const keep = stringFlag(context.values, 'redact-keep');
  if (context.values.redact !== true) return keep === undefined ? null : '--redact-keep needs --redact';
  if (keep === undefined) return [];
  const kinds = keep
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const unknown = kinds.filter((kind) => !isKind(kind));
  if (kinds.length === 0 || unknown.length > 0)
    return `--redact-keep must list kinds among ${SENSITIVE_KINDS.join(', ')}${unknown.length > 0 ? ` (got "${unknown.join('", "')}")` : ''}`;
  return kinds.filter(isKind);
}

export interface RedactedMaterial {
  archive: MeetingArchive;
  backlog: EarlierOpenItem[];
  /** For standard error; null without --redact. */
  summary: string | null;
  /** With --redact: how many distinct values were replaced and kept. */
  counts?: { replaced: number; kept: number };
}

/**
 * The archive and backlog with every finding replaced except the kinds kept, and the summary for standard error; both
 * as they are without --redact. The names come from the team's list in the database.
 */
export function redactedMaterial(
  api: LocalApi,
  archive: MeetingArchive,
  backlog: EarlierOpenItem[],
  keepKinds: readonly SensitiveKind[] | null,
): RedactedMaterial | { error: ApiErrorBody } {
  if (keepKinds === null) return { archive, backlog, summary: null };
  const terms = redactionTerms(api);
  if (!Array.isArray(terms)) return { error: terms };
  const scan = scanExportMaterial({ archive, backlog }, terms);
  const kept = new Set(scan.findings.filter((finding) => keepKinds.includes(finding.kind)).map((finding) => finding.key));
  const material = redactExportMaterial({ archive, backlog }, terms, kept);
  return {
    ...material,
    summary: redactionSummary(scan.findings, kept, scan.images),
    counts: { replaced: scan.findings.length - kept.size, kept: kept.size },
  };
}

/** The team's list of names, as redaction reads it. */
function redactionTerms(api: LocalApi): string[] | ApiErrorBody {
  const listed = api.call('redaction.listTerms', {});
  return listed.ok ? listed.result.map((term) => term.term) : listed.error;
}

export interface RedactedTrackerInput {
  input: TrackerExportInput;
  /** For standard error; null without --redact. */
  summary: string | null;
  /** With --redact: how many distinct values were replaced and kept. */
  counts?: { replaced: number; kept: number };
}

/** The action items for a tracker file with every finding replaced except the kinds kept; as they are without --redact. */
export function redactedTrackerInput(
  api: LocalApi,
  input: TrackerExportInput,
  keepKinds: readonly SensitiveKind[] | null,
): RedactedTrackerInput | { error: ApiErrorBody } {
  if (keepKinds === null) return { input, summary: null };
  const terms = redactionTerms(api);
  if (!Array.isArray(terms)) return { error: terms };
  const scan = scanTrackerInput(input, terms);
  const kept = new Set(scan.findings.filter((finding) => keepKinds.includes(finding.kind)).map((finding) => finding.key));
  return {
    input: redactTrackerInput(input, terms, kept),
    summary: redactionSummary(scan.findings, kept, scan.images),
    counts: { replaced: scan.findings.length - kept.size, kept: kept.size },
  };
}
