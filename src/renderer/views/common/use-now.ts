import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`, for labels such as "5 min ago" or a "now" hint. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
