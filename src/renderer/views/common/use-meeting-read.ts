import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../../shared/error-message.ts';
import { meetingsStore } from '../../app/services.ts';
import { coalescedRefetch } from '../../stores/coalesced-refetch.ts';

export type MeetingRead<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'error'; message: string };

/**
 * Something read about a meeting outside its stores (its archive, what earlier reviews left open): read when the
 * component mounts, again whenever the meeting changes in this window or another, and again on a retry (the second
 * value returned). A failed refresh keeps what is already shown; only a first read shows the error. `read` is taken
 * from the first render: it must name the same question for the same meeting.
 */
export function useMeetingRead<T>(meetingId: string, read: (meetingId: string) => Promise<T>): [MeetingRead<T>, () => void] {
  const [load, setLoad] = useState<MeetingRead<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [question] = useState(() => read);
  useEffect(() => {
    let current = true;
    const fetchValue = coalescedRefetch(async () => {
      try {
        const value = await question(meetingId);
        if (current) setLoad({ kind: 'ready', value });
      } catch (error) {
        const message = errorMessage(error);
        if (current) setLoad((previous) => (previous.kind === 'ready' ? previous : { kind: 'error', message }));
      }
    });
    void fetchValue();
    const stopListening = meetingsStore.getState().watchMeeting(meetingId, () => void fetchValue());
    return () => {
      current = false;
      stopListening();
    };
  }, [meetingId, attempt, question]);
  const retry = useCallback(() => {
    setLoad({ kind: 'loading' });
    setAttempt((value) => value + 1);
  }, []);
  return [load, retry];
}
