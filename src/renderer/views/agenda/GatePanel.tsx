import { useId, useState } from 'react';
import type { AgendaSection, GateDecision } from '../../../shared/domain/agenda.ts';
import { agendaStore } from '../../app/services.ts';
import { clockTextAt } from '../../../shared/time/zoned-time.ts';
import { DECISION_LABELS } from './section-labels.ts';

/**
 * A gated section (incident workflow) ends with approve or revise; the decision and its note are recorded. Until
 * then Next is held: the panel says so, and Next asks before passing the gate without a decision.
 */
export function GatePanel({ section, timeZone }: { section: AgendaSection; timeZone: string }) {
  const noteId = useId();
  const [note, setNote] = useState(section.decisionNote);
  const decide = (decision: GateDecision | null) => void agendaStore.getState().decide(section.id, decision, note);
  return (
    <section className="panel gate-panel" aria-labelledby="gate-heading" data-decision={section.decision ?? 'none'}>
      <div className="panel__heading">
        <h2 id="gate-heading">Review gate</h2>
        <p className={`decision decision--${section.decision ?? 'none'}`} data-testid="gate-decision">
          {section.decision ? DECISION_LABELS[section.decision] : 'No decision yet'}
        </p>
      </div>
      <div className="field">
        <label htmlFor={noteId}>Note for the record: what is missing, or why it passes</label>
        <input id={noteId} type="text" value={note} onChange={(event) => setNote(event.target.value)} autoComplete="off" maxLength={2000} />
      </div>
      <div className="gate-panel__actions">
        <button type="button" className="button button--primary" onClick={() => decide('approve')} aria-pressed={section.decision === 'approve'}>
          Approve
        </button>
        <button type="button" className="button" onClick={() => decide('revise')} aria-pressed={section.decision === 'revise'}>
          Revise
        </button>
        {section.decision ? (
          <button type="button" className="button button--quiet" onClick={() => decide(null)}>
            Clear decision
          </button>
        ) : null}
      </div>
      {section.decision && section.decisionNote ? (
        <p className="muted gate-panel__recorded">
          Recorded: {DECISION_LABELS[section.decision]} — <bdi>{section.decisionNote}</bdi>
        </p>
      ) : null}
      {section.decision === null && section.gateOverriddenAt === null ? (
        <p className="gate-panel__held" data-testid="gate-held">
          Next is held until you approve this section or ask for a revision. Next then asks whether to pass it without a decision.
        </p>
      ) : null}
      {section.gateOverriddenAt !== null ? (
        <p className="muted gate-panel__recorded" data-testid="gate-overridden">
          Passed without a decision at {clockTextAt(section.gateOverriddenAt, timeZone, 'minute')}
          {section.gateOverrideNote ? (
            <>
              {' '}
              — <bdi>{section.gateOverrideNote}</bdi>
            </>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
