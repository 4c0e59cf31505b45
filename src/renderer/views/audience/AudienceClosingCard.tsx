import type { Meeting } from '../../../shared/domain/meeting.ts';
import { AudienceReadback } from './AudienceReadback.tsx';

/** After Finish: what the room agreed, who owns each action, and when the review meets again to check them. */
export function AudienceClosingCard({ meeting }: { meeting: Meeting }) {
  return (
    <div className="audience-closing" data-testid="audience-closing">
      <AudienceReadback meetingId={meeting.id} focusId={null} heading="Actions agreed" />
      <p className="audience-closing__follow-up" data-testid="audience-follow-up">
        {meeting.followUpReviewOn ? (
          <>
            Follow-up review on <bdi>{meeting.followUpReviewOn}</bdi>
          </>
        ) : (
          'No follow-up review date set yet'
        )}
      </p>
    </div>
  );
}
