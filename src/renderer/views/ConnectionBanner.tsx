import { useConnection } from '../app/services.ts';
import { isNoteTaker } from '../app/viewer.ts';

export function ConnectionBanner() {
  const status = useConnection((state) => state.status);
  const lost = isNoteTaker()
    ? 'Lost the connection to the facilitator’s laptop. Reconnecting… What you type waits here, even if you close this tab, and is sent once it is back. If it stays away, check the Wi-Fi, or ask whether joining is still on.'
    : 'Lost the connection to Debrief. Reconnecting… New entries wait here and are sent once it is back.';
  return (
    <div className="connection-region" role="status" aria-live="polite">
      {status === 'open' ? null : (
        <p className={`connection-banner connection-banner--${status}`}>{status === 'connecting' ? 'Connecting to Debrief…' : lost}</p>
      )}
    </div>
  );
}
