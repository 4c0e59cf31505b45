/**
 * A span of time as every screen and export writes it: "45 s", "12 min", "2 h", "2 h 5 min", "24 h 14 min". Hours
 * keep counting past a day, so a reader never has to turn "1 d" back into hours; rounded down to what is shown.
 * (The meeting clock's "12:05" countdown is a different thing: formatDuration in src/shared/timer/clock.ts.)
 */
export function durationText(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}
