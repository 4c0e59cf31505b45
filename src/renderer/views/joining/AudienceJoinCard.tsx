import { useEffect } from 'react';
import { joiningStore, useJoining } from '../../app/services.ts';
import { groupedCode } from './join-text.ts';
import { QrCode } from './QrCode.tsx';

/** On the shared screen, only while joining is on and the facilitator asked for it: the address, its QR code, the code. */
export function AudienceJoinCard({ meetingId }: { meetingId: string }) {
  const status = useJoining((state) => state.status);
  useEffect(() => {
    joiningStore.getState().follow(meetingId);
    return () => joiningStore.getState().follow(null);
  }, [meetingId]);
  if (!status || status.state !== 'on' || !status.showOnAudience || !status.url || !status.code) return null;
  return (
    <section className="audience-join" aria-label="Join as a note-taker" data-testid="audience-join">
      <QrCode text={status.url} label={`QR code of ${status.url}`} className="audience-join__qr" />
      <div>
        <p className="audience__label">Take notes from your laptop</p>
        <p className="audience-join__url">{status.url}</p>
        <p className="audience__label">Code</p>
        <p className="audience-join__code">{groupedCode(status.code)}</p>
      </div>
    </section>
  );
}
