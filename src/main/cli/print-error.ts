import type { ApiErrorBody } from '../../shared/api/errors.ts';
import { EXIT_FAILED, type CommandContext } from './command.ts';

/** "error: title: must not be empty", or the error body as JSON with --json; always exit code 1. */
export function printApiError(context: Pick<CommandContext, 'json' | 'err'>, error: ApiErrorBody): number {
  context.err(context.json ? JSON.stringify({ ok: false, error }) : `error: ${error.message}`);
  return EXIT_FAILED;
}
