import { FormMessage } from '../common/FormMessage.tsx';
import { useEffect, useId, useState } from 'react';
import type { JoinStatus } from '../../../shared/joining/joining.ts';
import { joiningStore, useJoining } from '../../app/services.ts';
import { copyText } from '../export/copy-text.ts';
import { groupedCode, networkLabel, parsePort, preferredNetwork } from './join-text.ts';
import { QrCode } from './QrCode.tsx';

/**
 * "Let note-takers join": off until the facilitator turns it on for this meeting on a chosen network address. Then
 * the address, its QR code and the pairing code, who is connected, and the way to remove anyone or stop.
 */
export function JoinPanel({ meetingId }: { meetingId: string }) {
  const status = useJoining((state) => state.status);
  const error = useJoining((state) => state.error);
  useEffect(() => {
    joiningStore.getState().follow(meetingId);
    return () => joiningStore.getState().follow(null);
  }, [meetingId]);

  return (
    <section className="panel join-panel" aria-labelledby="join-heading" data-testid="join-panel">
      <h2 id="join-heading">Note-takers</h2>
      {status === null ? <p className="muted">Reading the joining state…</p> : status.state === 'on' ? <JoinOn status={status} /> : <JoinOff status={status} />}
      <FormMessage message={error} />
    </section>
  );
}

function JoinOff({ status }: { status: JoinStatus }) {
  const networks = useJoining((state) => state.networks);
  const busy = useJoining((state) => state.busy);
  const [address, setAddress] = useState<string | null>(null);
  const [portText, setPortText] = useState('');
  const [portError, setPortError] = useState<string | null>(null);
  const id = useId();
  const chosen = address ?? status.address ?? preferredNetwork(networks)?.address ?? '';
  const starting = status.state === 'starting';

  const turnOn = () => {
    const port = parsePort(portText);
    if (!port.ok) {
      setPortError(port.message);
      return;
    }
    setPortError(null);
    void joiningStore.getState().enable(chosen, port.port);
  };

  return (
    <div className="join-panel__off">
      <p className="muted">
        Off. Turned on, people in the room open an address on this laptop from their own browsers and type timeline events, whys, notes and action items with
        you. Nothing leaves the room&rsquo;s network.
      </p>
      <div className="field">
        <label htmlFor={`${id}-network`}>Network</label>
        <select id={`${id}-network`} value={chosen} onChange={(event) => setAddress(event.target.value)} disabled={starting}>
          {networks.map((choice) => (
            <option key={`${choice.name}-${choice.address}`} value={choice.address}>
              {networkLabel(choice)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-port`}>Port</label>
        <input
          id={`${id}-port`}
          className="text-input join-panel__port"
          inputMode="numeric"
          placeholder="4180"
          value={portText}
          onChange={(event) => setPortText(event.target.value)}
          aria-invalid={portError ? true : undefined}
          aria-describedby={portError ? `${id}-port-error` : undefined}
          disabled={starting}
        />
        {portError ? (
          <p id={`${id}-port-error`} className="field__error">
            {portError}
          </p>
        ) : null}
      </div>
      {status.state === 'failed' && status.problem ? (
        <p className="form-message" role="alert">
          Joining could not start: {status.problem}
        </p>
      ) : null}
      <button type="button" className="button button--primary" onClick={turnOn} disabled={busy || starting || chosen === ''}>
        {starting ? 'Opening the join address…' : 'Let note-takers join'}
      </button>
    </div>
  );
}

function JoinOn({ status }: { status: JoinStatus }) {
  const busy = useJoining((state) => state.busy);
  const [copied, setCopied] = useState(false);
  const [confirmStop, setConfirmStop] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const url = status.url ?? '';
  const connected = status.people.filter((person) => person.connected).length;

  const stop = () => {
    if (status.people.length > 0 && !confirmStop) {
      setConfirmStop(true);
      return;
    }
    setConfirmStop(false);
    void joiningStore.getState().disable();
  };

  return (
    <div className="join-panel__on">
      <p className="join-panel__address">
        <span className="field-label">Open in a browser</span>
        <code data-testid="join-url">{url}</code>
        <button type="button" className="button button--small button--quiet" onClick={() => void copyText(url, document.body).then((done) => setCopied(done))}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </p>
      <QrCode text={url} label={`QR code of ${url}`} className="join-panel__qr" />
      <p className="join-panel__code-line">
        <span className="field-label">Pairing code</span>
        <span className="join-panel__code" data-testid="join-code" data-code={status.code ?? ''}>
          {groupedCode(status.code ?? '')}
        </span>
        <button type="button" className="button button--small" onClick={() => void joiningStore.getState().rotateCode()} disabled={busy}>
          New code
        </button>
      </p>
      {status.notice ? (
        <p className="form-message" role="status" data-testid="join-notice">
          {status.notice}
        </p>
      ) : null}
      <label className="join-panel__toggle">
        <input type="checkbox" checked={status.showOnAudience} onChange={(event) => void joiningStore.getState().showOnAudience(event.target.checked)} />
        Show the address and code on the shared screen
      </label>

      <h3 className="join-panel__people-heading">Joined {status.people.length === 0 ? '' : `(${connected} of ${status.people.length} connected)`}</h3>
      {status.people.length === 0 ? (
        <p className="muted">Nobody yet.</p>
      ) : (
        <ul className="join-panel__people" data-testid="join-people">
          {status.people.map((person) => (
            <li key={person.sessionId} className="join-panel__person" data-connected={person.connected}>
              <span className="join-panel__dot" aria-hidden="true" />
              <span className="join-panel__name">{person.name}</span>
              <span className="muted">{person.connected ? 'connected' : 'away'}</span>
              {confirmRemove === person.sessionId ? (
                <>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => {
                      setConfirmRemove(null);
                      void joiningStore.getState().removePerson(person.sessionId);
                    }}
                  >
                    Remove {person.name}
                  </button>
                  <button type="button" className="button button--small button--quiet" onClick={() => setConfirmRemove(null)}>
                    Keep
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => setConfirmRemove(person.sessionId)}
                  aria-label={`Remove ${person.name}`}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      {confirmStop ? (
        <p className="form-message" role="alert">
          This disconnects {status.people.length === 1 ? '1 note-taker' : `${status.people.length} note-takers`}.
        </p>
      ) : null}
      <div className="join-panel__actions">
        <button type="button" className="button" onClick={stop} disabled={busy}>
          {confirmStop ? 'Stop joining and disconnect' : 'Stop joining'}
        </button>
        {confirmStop ? (
          <button type="button" className="button button--quiet" onClick={() => setConfirmStop(false)}>
            Keep joining on
          </button>
        ) : null}
      </div>
    </div>
  );
}
