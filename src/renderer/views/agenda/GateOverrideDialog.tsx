import { useId, useState } from 'react';
import type { AgendaSection } from '../../../shared/domain/agenda.ts';
import { GATE_OVERRIDE_NOTE_MAX } from '../../../shared/api/agenda.ts';
import { agendaStore, uiStore, useAgenda, useUi } from '../../app/services.ts';
import { useModalDialog } from '../common/use-modal-dialog.ts';

/**
 * Asked when Next or Finish is pressed on a review gate that has no decision: passing it anyway is allowed, but on purpose,
 * and the time and the reason given are recorded on the section for the report.
 */
export function GateOverrideDialog({ section }: { section: AgendaSection | null }) {
  const open = useUi((state) => state.gateConfirmOpen);
  const leaving = useUi((state) => state.gateConfirmLeaving);
  const stepping = useAgenda((state) => state.stepping);
  const close = () => uiStore.getState().setGateConfirmOpen(false);
  const dialogProps = useModalDialog(open, close);
  const reasonId = useId();
  const [reason, setReason] = useState('');

  const confirm = async () => {
    await agendaStore.getState().overrideGate(reason, leaving);
    setReason('');
    close();
  };

  return (
    <dialog {...dialogProps} className="modal-dialog gate-override" aria-labelledby="gate-override-heading" aria-describedby="gate-override-text">
      {open && section ? (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <h2 id="gate-override-heading">
            {leaving === 'finish' ? 'Finish on' : 'Pass'} “<bdi>{section.title}</bdi>” without a decision?
          </h2>
          <p id="gate-override-text">
            This section is a review gate: it normally ends with Approve or Revise. Passing it without either is recorded in the report, with the time and the
            reason you give here.
          </p>
          <div className="field">
            <label htmlFor={reasonId}>Reason (optional)</label>
            <input
              id={reasonId}
              type="text"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              maxLength={GATE_OVERRIDE_NOTE_MAX}
              autoComplete="off"
              placeholder="e.g. The triage lead joins the follow-up instead"
            />
          </div>
          <div className="gate-override__actions">
            <button type="submit" className="button button--primary" disabled={stepping}>
              {leaving === 'finish' ? 'Finish without a decision' : 'Pass without a decision'}
            </button>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
