import { useEffect, useRef } from 'react';
import type { AgendaState } from '../../../shared/domain/agenda.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { ClockView } from '../../../shared/timer/clock.ts';
import { uiStore, useUi } from '../../app/services.ts';
import { AgendaPanel } from '../agenda/AgendaPanel.tsx';
import { EarlierOpenItems } from '../actions/EarlierOpenItems.tsx';
import { IncidentFactsPanel } from '../facts/IncidentFactsPanel.tsx';
import { JoinPanel } from '../joining/JoinPanel.tsx';
import { ScreenThemeChoice } from './ScreenThemeChoice.tsx';
import { ReviewFactors } from '../tags/ReviewFactors.tsx';
import { SimilarIncidents } from '../tags/SimilarIncidents.tsx';

/**
 * Preparation, out of the way of the running meeting: the agenda (sections, their kinds, templates), the incident
 * facts, the contributing factors and similar incidents, the screen theme and the note-takers' joining. A drawer on the right of the console, opened with its button
 * or P and closed with Escape. It is not modal, so the undo toast stays in reach after removing a section; the
 * console's keys stay quiet while it is open. Its content is only mounted while it is open, so closing it saves the
 * facts being typed.
 */
export function PrepareDrawer({ meeting, agenda, view }: { meeting: Meeting; agenda: AgendaState | null; view: ClockView | null }) {
  const open = useUi((state) => state.prepareOpen);
  const close = () => uiStore.getState().setPrepareOpen(false);
  const ref = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement;
      dialog.show();
      // The drawer opens at its top, on its heading.
      headingRef.current?.focus();
      dialog.scrollTo({ top: 0 });
    }
    if (!open && dialog.open) {
      dialog.close();
      if (returnFocus.current instanceof HTMLElement && returnFocus.current.isConnected) returnFocus.current.focus();
      else (document.activeElement as HTMLElement | null)?.blur();
    }
  }, [open]);

  useEffect(() => () => uiStore.getState().setPrepareOpen(false), []);

  return (
    <dialog
      ref={ref}
      className="modal-dialog prepare-drawer"
      aria-labelledby="prepare-heading"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        close();
      }}
    >
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
            The agenda and each section’s kind, the incident facts and contributing factors for the report, similar incidents, and how note-takers join. The
            meeting keeps running behind this drawer.
          </p>
          {agenda && view ? <AgendaPanel agenda={agenda} view={view} /> : <p className="muted">Loading the agenda…</p>}
          <IncidentFactsPanel meeting={meeting} startOpen />
          <ReviewFactors meetingId={meeting.id} />
          <SimilarIncidents meetingId={meeting.id} />
          <EarlierOpenItems meetingId={meeting.id} hasServices={meeting.servicesAffected.length > 0} />
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
