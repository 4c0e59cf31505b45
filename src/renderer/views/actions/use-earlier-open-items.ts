import { useEffect, useState } from 'react';
import type { EarlierOpenItem } from '../../../shared/domain/actions.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import { meetingsStore } from '../../app/services.ts';
import { coalescedRefetch } from '../../stores/coalesced-refetch.ts';

export type EarlierOpenItemsLoad = { kind: 'loading' } | { kind: 'ready'; items: EarlierOpenItem[] } | { kind: 'error'; message: string };

/**
 * What earlier incidents on this meeting's services left open, read when shown and again when the meeting changes
 * (its services or incident start decide which reviews count as earlier ones).
 */
export function useEarlierOpenItems(meetingId: string): EarlierOpenItemsLoad {
  const [load, setLoad] = useState<EarlierOpenItemsLoad>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    const fetchItems = coalescedRefetch(async () => {
      try {
        const items = await meetingsStore.getState().openFromEarlier(meetingId);
        if (current) setLoad({ kind: 'ready', items });
      } catch (error) {
        const message = errorMessage(error);
        if (current) setLoad((previous) => (previous.kind === 'ready' ? previous : { kind: 'error', message }));
      }
    });
    void fetchItems();
    const stopListening = meetingsStore.getState().watchMeeting(meetingId, () => void fetchItems());
    return () => {
      current = false;
      stopListening();
    };
  }, [meetingId]);
  return load;
}
