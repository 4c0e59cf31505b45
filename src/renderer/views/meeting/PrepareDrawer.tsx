import { useEffect, useRef } from 'react';
import type { AgendaState } from '../../../shared/domain/agenda.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { ClockView } from '../../../shared/timer/clock.ts';
import { uiStore, useUi } from '../../app/services.ts';
import { AgendaPanel } from '../agenda/AgendaPanel.tsx';
import { useModalDialog } from '../common/use-modal-dialog.ts';
import { IncidentFactsPanel } from '../facts/IncidentFactsPanel.tsx';
import { JoinPanel } from '../joining/JoinPanel.tsx';
import { ScreenThemeChoice } from './ScreenThemeChoice.tsx';

/**
 * Preparation, out of the way of the running meeting: the agenda (sections, their kinds, templates), the incident
 * facts and the note-takers' joining. A drawer over the console, opened with its button or P; its content is only
 * mounted while it is open, so closing it saves the facts being typed.
 */
export function PrepareDrawer({ meeting, agenda, view }: { meeting: Meeting; agenda: AgendaState | null; view: ClockView | null }) {
  const open = useUi((state) => state.prepareOpen);
  const close = () => uiStore.getState().setPrepareOpen(false);
  const dialogProps = useModalDialog(open, close);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The drawer opens at its top, on its heading, whatever the browser would focus first.
    if (!open) return;
    headingRef.current?.focus();
    dialogProps.ref.current?.scrollTo({ top: 0 });
  }, [open, dialogProps.ref]);

  useEffect(() => () => uiStore.getState().setPrepareOpen(false), []);

  return (
    <dialog {...dialogProps} className="modal-dialog prepare-drawer" aria-labelledby="prepare-heading">
      {open ? (
        <>
          <div className="prepare-drawer__top">
            <h2 id="prepare-heading" ref={headingRef} tabIndex={-1}>
              Prepare
            </h2>
            <button type="button" className="button" onClick={close}>
              Close <kbd aria-hidden="true">Esc</kbd>
            </button>
          </div>
          <p className="muted prepare-drawer__lede">
            The agenda and each section’s kind, the incident facts for the report, and how note-takers join. The meeting keeps running behind this drawer.
          </p>
          {agenda && view ? <AgendaPanel agenda={agenda} view={view} /> : <p className="muted">Loading the agenda…</p>}
          <IncidentFactsPanel meeting={meeting} startOpen />
          <section className="panel" aria-labelledby="prepare-audience-heading">
            <h2 id="prepare-audience-heading">Audience screen</h2>
            <p className="muted">The shared screen opens from the console (A) in this theme.</p>
            <ScreenThemeChoice />
          </section>
          <JoinPanel meetingId={meeting.id} />
        </>
      ) : null}
    </dialog>
  );
}
