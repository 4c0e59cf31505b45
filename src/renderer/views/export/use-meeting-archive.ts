import { useCallback, useEffect, useState } from 'react';
import type { MeetingArchive } from '../../../shared/archive/meeting-archive.ts';
import { apiClient } from '../../app/services.ts';

export type ArchiveLoad = { kind: 'loading' } | { kind: 'ready'; archive: MeetingArchive } | { kind: 'error'; message: string };

/**
 * The whole meeting, read when the component mounts (the dialog mounts it each time it opens), so the report shows
 * what was captured up to now.
 */
export function useMeetingArchive(meetingId: string): [ArchiveLoad, () => void] {
  const [load, setLoad] = useState<ArchiveLoad>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    apiClient.call('archive.export', { meetingId }).then(
      (archive) => {
        if (current) setLoad({ kind: 'ready', archive });
      },
      (error: unknown) => {
        if (current) setLoad({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [meetingId, attempt]);

  const retry = useCallback(() => {
    setLoad({ kind: 'loading' });
    setAttempt((value) => value + 1);
  }, []);
  return [load, retry];
}
