import { FormMessage } from '../common/FormMessage.tsx';
import { useEffect, useId, useState } from 'react';
import { EFFECTIVENESS_TEMPLATE_ID } from '../../../shared/agenda/templates.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { effectivenessStore, useEffectiveness } from '../../app/services.ts';
import { navigate } from '../../routing/use-route.ts';
import { holdMeeting } from '../../stores/meeting-holds.ts';

/**
 * In a review's console: how far its effectiveness review has got, and the button that opens the meeting holding it
 * (the "Effectiveness review, 15 min" agenda over this review's action items), creating it the first time.
 */
export function EffectivenessOverview({ meeting }: { meeting: Meeting }) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const isCheck = meeting.templateId === EFFECTIVENESS_TEMPLATE_ID;
  useEffect(() => (isCheck ? undefined : holdMeeting(effectivenessStore, meeting.id)), [isCheck, meeting.id]);
  const items = useEffectiveness((state) => (state.meetingId === meeting.id ? state.items : null));
  if (isCheck || items === null) return null;

  const checked = items.filter((item) => item.result !== null).length;
  const start = async () => {
    const result = await effectivenessStore.getState().start(meeting.id);
    if (result.ok) navigate({ name: 'meeting', meetingId: result.value.id });
    else setProblem(result.error.message);
  };
  return (
    <section className="panel effectiveness-overview" aria-labelledby={`${id}-heading`} data-testid="effectiveness-overview">
      <h2 id={`${id}-heading`}>Effectiveness review</h2>
      <p className="muted">
        {checked === 0 ? 'Not held yet.' : `${checked} of ${items.length} action items checked.`}
        {meeting.followUpReviewOn === null ? '' : ` Due ${meeting.followUpReviewOn}.`}
      </p>
      <button type="button" className="button button--small" onClick={() => void start()} disabled={items.length === 0}>
        Start the effectiveness review
      </button>
      {items.length === 0 ? <p className="field__hint">There are no action items to check yet.</p> : null}
      <FormMessage message={problem} />
    </section>
  );
}
