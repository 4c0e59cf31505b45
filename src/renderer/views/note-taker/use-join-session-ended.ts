import { useEffect, useState } from 'react';
import type { ConnectionStatus } from '../../api/transport.ts';
import { askSessionMe } from '../../app/viewer.ts';
import { checkJoinSession } from './join-session-check.ts';

const CHECK_EVERY_MS = 3_000;

/** True once the join server no longer knows this browser; asked only while the live connection is down. */
export function useJoinSessionEnded(status: ConnectionStatus): boolean {
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    if (ended || status === 'open') return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const answer = await checkJoinSession(askSessionMe);
      if (stopped) return;
      if (answer === 'ended') setEnded(true);
      else timer = setTimeout(() => void check(), CHECK_EVERY_MS);
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [status, ended]);
  return ended;
}
