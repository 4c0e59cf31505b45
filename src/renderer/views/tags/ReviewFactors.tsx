import { useEffect, useId } from 'react';
import { tagsStore, useTags } from '../../app/services.ts';
import { hrefFor } from '../../routing/routes.ts';
import { FactorPicker } from './FactorPicker.tsx';

/** The Prepare drawer's contributing factors of the review (issue 16), which the report lists and similar incidents compare. */
export function ReviewFactors({ meetingId }: { meetingId: string }) {
  const id = useId();
  const loadState = useTags((state) => state.loadState);
  const loadError = useTags((state) => state.loadError);
  const tagsError = useTags((state) => state.tagsError);
  useEffect(() => tagsStore.getState().followMeeting(meetingId), [meetingId]);

  return (
    <section className="panel review-factors" aria-labelledby={`${id}-heading`} data-testid="review-factors">
      <h2 id={`${id}-heading`}>Contributing factors</h2>
      <p className="muted">
        What made this incident possible or worse, from the team’s list. The report lists them, and later reviews find this one by them.{' '}
        <a href={hrefFor({ name: 'factors' })}>Edit the list of factors</a>
      </p>
      {loadState === 'error' ? (
        <p className="form-message" role="alert">
          The contributing factors could not be loaded: {loadError}
        </p>
      ) : loadState === 'ready' ? (
        <FactorPicker itemKind="meeting" itemId={meetingId} legend="Contributing factors of this review" showLegend={false} />
      ) : (
        <p className="muted">Loading the contributing factors…</p>
      )}
      {tagsError ? (
        <p className="form-message" role="alert">
          {tagsError}
        </p>
      ) : null}
    </section>
  );
}
