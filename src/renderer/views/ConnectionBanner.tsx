import { useConnection } from '../app/services.ts';
import { isNoteTaker } from '../app/viewer.ts';
import { useJoinSessionEnded } from './note-taker/use-join-session-ended.ts';

/** Only the join server ends a connection on purpose, and a note-taker's page says why in its place (SessionEnded). */
const ENDED = 'Debrief closed this connection and will not take it back. Reload the page to connect again.';

export function ConnectionBanner() {
  const status = useConnection((state) => state.status);
  // In a browser, the facilitator's server answers session.me only to this launch's token: a 401 there means
  // `npm run serve` was started again with a new one, and reconnecting can never succeed. (A note-taker's view asks
  // the same question itself.)
  const askServer = !isNoteTaker() && !window.debrief;
  const needsNewAddress = useJoinSessionEnded(askServer ? status : 'open') !== null;
  const lost = isNoteTaker()
    ? 'Lost the connection to the facilitator’s laptop. Reconnecting… What you type waits here, even if you close this tab, and is sent once it is back. If it stays away, check the Wi-Fi, or ask whether joining is still on.'
    : needsNewAddress
      ? 'Debrief was started again, with a new access token: open the address that npm run serve printed (…/?token=…). New entries wait in this browser and are sent once you do.'
      : 'Lost the connection to Debrief. Reconnecting… New entries wait here and are sent once it is back.';
  return (
    <div className="connection-region" role="status" aria-live="polite">
      {status === 'open' ? null : (
        <p className={`connection-banner connection-banner--${status}`}>
          {status === 'connecting' ? 'Connecting to Debrief…' : status === 'ended' ? ENDED : lost}
        </p>
      )}
    </div>
  );
}
