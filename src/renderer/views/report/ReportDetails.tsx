import type { Meeting } from '../../../shared/domain/meeting.ts';
import { ParticipantsEditor } from './ParticipantsEditor.tsx';
import { ReportFactField, type FactsAutosave } from './ReportFactField.tsx';

/** What every layout's header and follow-up need, whatever the sections: the people, the dates, author and reviewers. */
export function ReportDetails({ id, meeting, autosave, withPeople }: { id: string; meeting: Meeting; autosave: FactsAutosave; withPeople: boolean }) {
  const fact = (field: Parameters<typeof ReportFactField>[0]['field'], kind?: Parameters<typeof ReportFactField>[0]['kind'], hint?: string) => (
    <ReportFactField idPrefix={id} field={field} meeting={meeting} autosave={autosave} kind={kind} hint={hint} />
  );
  return (
    <section className="report-details" aria-labelledby={`${id}-heading`} data-testid="report-details">
      <h3 id={`${id}-heading`}>People and dates</h3>
      {withPeople ? (
        <>
          {fact('scheduledAt', 'datetime')}
          <ParticipantsEditor idPrefix={id} />
        </>
      ) : null}
      {fact('author')}
      {fact('reviewers', 'text', 'Names, separated by commas')}
      {fact('reviewedOn', 'date')}
      {fact('followUpReviewOn', 'date', 'About 30 days after the review: did the actions work?')}
    </section>
  );
}
