import { useCallback, useEffect, useState } from 'react';
import type { MeetingArchive } from '../../../shared/archive/meeting-archive.ts';
import type { EarlierOpenItem } from '../../../shared/domain/actions.ts';
import { meetingsStore } from '../../app/services.ts';
import { coalescedRefetch } from '../../stores/coalesced-refetch.ts';
import { errorMessage } from '../../../shared/error-message.ts';

export type ArchiveLoad = { kind: 'loading' } | { kind: 'ready'; archive: MeetingArchive; backlog: EarlierOpenItem[] } | { kind: 'error'; message: string };

/**
 * The whole meeting, with the items earlier reviews of its services left open (the report's backlog check), read when the component mounts (the dialog mounts it each time it opens) and again whenever the
 * meeting changes, in this window or another, so the preview always shows what was captured up to now.
 */
export function useMeetingArchive(meetingId: string): [ArchiveLoad, () => void] {
  const [load, setLoad] = useState<ArchiveLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const fetchArchive = coalescedRefetch(async () => {
      try {
        const store = meetingsStore.getState();
        const [archive, backlog] = await Promise.all([store.exportArchive(meetingId), store.openFromEarlier(meetingId)]);
        if (current) setLoad({ kind: 'ready', archive, backlog });
      } catch (error) {
        const message = errorMessage(error);
        // A failed refresh keeps the preview that is already there; only a first read shows the error.
        if (current) setLoad((previous) => (previous.kind === 'ready' ? previous : { kind: 'error', message }));
      }
    });
    void fetchArchive();
    const stopListening = meetingsStore.getState().watchMeeting(meetingId, () => void fetchArchive());
    return () => {
      current = false;
      stopListening();
    };
  }, [meetingId, attempt]);

  const retry = useCallback(() => {
    setLoad({ kind: 'loading' });
    setAttempt((value) => value + 1);
  }, []);
  return [load, retry];
}
