import { useId } from 'react';
import { reasonLabel } from '../../../shared/library/similar.ts';
import { tagsStore } from '../../app/services.ts';
import { hrefFor } from '../../routing/routes.ts';
import { useMeetingRead } from '../common/use-meeting-read.ts';

const readSimilar = (meetingId: string) => tagsStore.getState().similar(meetingId);

/**
 * "Similar incidents" in the Prepare drawer: earlier reviews sharing services, contributing factors or words of the
 * title and summary with this one, best first, each saying what it shares. Read again whenever this review changes.
 */
export function SimilarIncidents({ meetingId }: { meetingId: string }) {
  const id = useId();
  const [load] = useMeetingRead(meetingId, readSimilar);
  return (
    <section className="panel similar-incidents" aria-labelledby={`${id}-heading`} data-testid="similar-incidents">
      <h2 id={`${id}-heading`}>Similar incidents</h2>
      {load.kind === 'loading' ? (
        <p className="muted" role="status">
          Looking through the library…
        </p>
      ) : load.kind === 'error' ? (
        <p className="form-message" role="alert">
          Similar incidents could not be read: {load.message}
        </p>
      ) : load.value.length === 0 ? (
        <p className="muted">No other review shares a service, a contributing factor or a word of the title or summary with this one yet.</p>
      ) : (
        <ol className="similar-incidents__list">
          {load.value.map((incident) => (
            <li key={incident.meetingId} data-testid="similar-incident">
              <a href={hrefFor({ name: 'meeting', meetingId: incident.meetingId })}>
                <bdi>{incident.incidentId ? `${incident.incidentId}: ${incident.title}` : incident.title}</bdi>
              </a>
              <span className="similar-incidents__reasons">
                {incident.reasons.map((reason, index) => (
                  <span key={`${reason.kind}:${reason.name}`}>
                    {index > 0 ? ', ' : ''}
                    {reasonLabel(reason.kind)} <bdi>{reason.name}</bdi>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
