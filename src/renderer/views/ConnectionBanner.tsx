import { useConnection } from '../app/services.ts';

export function ConnectionBanner() {
  const status = useConnection((state) => state.status);
  return (
    <div className="connection-region" role="status" aria-live="polite">
      {status === 'open' ? null : (
        <p className={`connection-banner connection-banner--${status}`}>
          {status === 'connecting'
            ? 'Connecting to Debrief…'
            : 'Lost the connection to Debrief. Reconnecting… New entries wait here and are sent once it is back.'}
        </p>
      )}
    </div>
  );
}
