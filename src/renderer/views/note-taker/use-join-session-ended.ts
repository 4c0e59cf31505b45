import { useEffect, useState } from 'react';
import type { ConnectionStatus } from '../../api/transport.ts';
import { askSessionMe } from '../../app/viewer.ts';
import { checkJoinSession, joinEndingOf, type JoinEnding } from './join-session-check.ts';

const CHECK_EVERY_MS = 3_000;

/**
 * Why the join server no longer knows this browser, or null while it may. A connection the server ended says why with
 * its close code (`endedWith`); one that merely dropped is asked about over HTTP until it answers or comes back.
 */
export function useJoinSessionEnded(status: ConnectionStatus, endedWith: number | null = null): JoinEnding | null {
  const [gone, setGone] = useState(false);
  useEffect(() => {
    if (gone || status === 'open' || status === 'ended') return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const answer = await checkJoinSession(askSessionMe);
      if (stopped) return;
      if (answer === 'ended') setGone(true);
      else timer = setTimeout(() => void check(), CHECK_EVERY_MS);
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [status, gone]);
  if (status === 'ended') return joinEndingOf(endedWith);
  return gone ? 'session-gone' : null;
}
