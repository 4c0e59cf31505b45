import { useEffect, useRef } from 'react';
import chimeUrl from '../../../assets/sounds/section-end.wav';
import { chimeWatch, shouldChime, type ChimeWatch } from './section-end-chime.ts';
import type { ClockReading } from './use-clock.ts';

let chime: HTMLAudioElement | null = null;

function playChime(): void {
  chime ??= new Audio(chimeUrl);
  chime.volume = 0.7;
  chime.currentTime = 0;
  // A browser may refuse sound before the page was interacted with; the clock turning red still says it.
  chime.play().catch(() => {});
}

/** Plays the gentle chime once when the current section runs out, if the meeting has sound on. Console only. */
export function useSectionEndChime(reading: ClockReading | null): void {
  const last = useRef<ChimeWatch | null>(null);
  useEffect(() => {
    if (!reading) return;
    const next = chimeWatch(reading.view);
    if (shouldChime(last.current, next, reading.view, reading.agenda.timer.soundEnabled)) playChime();
    last.current = next;
  });
}
