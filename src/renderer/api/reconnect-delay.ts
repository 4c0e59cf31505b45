export const RECONNECT_BASE_MS = 250;
export const RECONNECT_MAX_MS = 5_000;

/**
 * Exponential backoff with up to 20% jitter, so several windows do not hammer a restarting server in step.
 * `attempt` counts failed tries since the last open connection, starting at 0.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const exponential = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** Math.max(0, attempt));
  return Math.round(exponential * (1 - 0.2 * random()));
}
