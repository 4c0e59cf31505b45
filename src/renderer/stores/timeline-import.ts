import type { ApiClient } from '../api/client.ts';
import type { ImportedEvent } from '../../shared/timeline/import-result.ts';
import { errorMessage } from '../../shared/error-message.ts';

export type ImportOutcome = { ok: true; count: number } | { ok: false; message: string };

/**
 * Sends a previewed import as one call: the service stores all of it or none. The change event it emits makes
 * every window (this one included) read the timeline again.
 */
export async function importTimeline(client: ApiClient, meetingId: string, events: readonly ImportedEvent[]): Promise<ImportOutcome> {
  try {
    const result = await client.call('timeline.import', {
      meetingId,
      events: events.map(({ occurredAt, precision, description, actor, phase, source }) => ({ occurredAt, precision, description, actor, phase, source })),
    });
    return { ok: true, count: result.count };
  } catch (error) {
    return { ok: false, message: errorMessage(error, 'Something went wrong; nothing was imported.') };
  }
}
