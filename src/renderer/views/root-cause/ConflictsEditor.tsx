import { useState } from 'react';
import type { Conflict } from '../../../shared/domain/conflicts.ts';
import { PERSPECTIVES, type Perspective } from '../../../shared/domain/participant.ts';
import { conflictsStore, rootCauseWrites, useConflicts } from '../../app/services.ts';
import { PERSPECTIVE_LABELS } from '../../../shared/agenda/perspective-labels.ts';
import { isBlankText } from '../../../shared/text/blank-text.ts';
import type { ConflictPatch } from '../../stores/root-cause/root-cause-store.ts';
import { BlameHint } from '../common/BlameHint.tsx';

/**
 * Recommendations that pull in different directions (seed 000): both positions with their reasons, the trade-off
 * underneath, and the resolution with its justification, or a note that it goes to whoever decides.
 */
export function ConflictsEditor({ idPrefix = '' }: { idPrefix?: string }) {
  const conflicts = useConflicts((state) => state.items);
  const [topic, setTopic] = useState('');
  const headingId = `${idPrefix}conflicts-heading`;
  return (
    <section className="conflicts" aria-labelledby={headingId} data-testid="conflicts">
      <h3 id={headingId} className="notes-list__heading">
        Conflicting recommendations
      </h3>
      {conflicts.map((conflict) => (
        <ConflictCard key={conflict.id} conflict={conflict} />
      ))}
      <input
        className="text-input"
        aria-label="Add a conflicting recommendation (topic)"
        placeholder="Where do two recommendations disagree? e.g. Retries on the payment client"
        value={topic}
        onChange={(event) => setTopic(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || isBlankText(topic)) return;
          event.preventDefault();
          if (conflictsStore.getState().add(topic)) setTopic('');
        }}
      />
    </section>
  );
}

function ConflictCard({ conflict }: { conflict: Conflict }) {
  const store = conflictsStore.getState;
  const edit = (patch: ConflictPatch) => void store().update(conflict.id, patch);
  const text = (label: string, value: string, onChange: (value: string) => void, multiline = true) => (
    <>
      <label className="conflict__field">
        <span className="field-label">{label}</span>
        {multiline ? (
          <textarea
            className="text-input conflict__text"
            rows={2}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onBlur={() => rootCauseWrites.getState().flushEdits()}
          />
        ) : (
          <input
            className="text-input"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onBlur={() => rootCauseWrites.getState().flushEdits()}
          />
        )}
      </label>
      <BlameHint fieldId={`conflict-${conflict.id}-${label}`} text={value} />
    </>
  );
  const perspective = (label: string, value: Perspective | null, onChange: (value: Perspective | null) => void) => (
    <label className="conflict__field conflict__field--inline">
      <span className="field-label">{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : (event.target.value as Perspective))}>
        <option value="">Any perspective</option>
        {PERSPECTIVES.map((p) => (
          <option key={p} value={p}>
            {PERSPECTIVE_LABELS[p]}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <article className="conflict" data-testid="conflict">
      <div className="conflict__top">
        {text('Topic', conflict.topic, (topic) => edit({ topic }), false)}
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={`Delete the conflict "${conflict.topic}"`}
          onClick={() => void store().remove(conflict.id)}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {isBlankText(conflict.topic) ? <p className="field-error">Topic: a conflict needs a topic; the last one typed is kept until then.</p> : null}
      <div className="conflict__positions">
        <div>
          {text('Position A, with its evidence', conflict.positionA, (positionA) => edit({ positionA }))}
          {perspective('From', conflict.perspectiveA, (perspectiveA) => edit({ perspectiveA }))}
        </div>
        <div>
          {text('Position B, with its evidence', conflict.positionB, (positionB) => edit({ positionB }))}
          {perspective('From', conflict.perspectiveB, (perspectiveB) => edit({ perspectiveB }))}
        </div>
      </div>
      {text('The trade-off underneath (e.g. availability vs. consistency)', conflict.tradeOff, (tradeOff) => edit({ tradeOff }))}
      {text('Resolution and why', conflict.resolution, (resolution) => edit({ resolution }))}
      <label className="conflict__escalated">
        <input type="checkbox" checked={conflict.escalated} onChange={(event) => edit({ escalated: event.target.checked })} /> No resolution in the room:
        escalate with the options above
      </label>
    </article>
  );
}
