import { useEffect, useState } from 'react';
import { factsStore } from '../../app/services.ts';
import { createFactsAutosave, type FactsState } from '../../stores/facts/facts-store.ts';

const SAVE_DELAY_MS = 500;
const RETRY_MS = 3000;

export const SAVE_LABELS: Readonly<Record<FactsState['save'], string>> = {
  saved: 'All changes saved',
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  error: 'Not saved',
};

/** The facts autosave of one meeting, for as long as the calling view is on screen (see createFactsAutosave). */
export function useFactsAutosave(meetingId: string) {
  const [[, store]] = useState(() => createFactsAutosave({ meetingId, facts: factsStore, delayMs: SAVE_DELAY_MS, retryMs: RETRY_MS }));
  useEffect(() => {
    // The facts store follows this meeting from now on. It is not closed on leaving: the last save may still need it,
    // and the next facts panel opens its own meeting.
    void factsStore.getState().open(meetingId);
  }, [meetingId]);
  useEffect(() => {
    // Leaving the page or the meeting saves what was typed: nothing typed is lost to a debounce.
    const flush = () => void store.getState().flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
      store.getState().dispose();
    };
  }, [store]);
  return store;
}
