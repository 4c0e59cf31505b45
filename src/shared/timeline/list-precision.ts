import type { TimelineEvent } from '../domain/timeline.ts';

/**
 * The one clock precision for a list of events: seconds when any of them was recorded to the second, else minutes,
 * so a list never mixes "00:38:12" with "00:41".
 */
export function listPrecision(events: Iterable<Pick<TimelineEvent, 'precision'>>): 'minute' | 'second' {
  for (const event of events) if (event.precision === 'second') return 'second';
  return 'minute';
}
