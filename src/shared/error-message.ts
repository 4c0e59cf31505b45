/**
 * The words to show for something caught: an Error's message, else `fallback` when the caller has a better sentence
 * for an unexpected throw, else the thrown value as text.
 */
export function errorMessage(error: unknown, fallback?: string): string {
  if (error instanceof Error) return error.message;
  return fallback ?? String(error);
}
