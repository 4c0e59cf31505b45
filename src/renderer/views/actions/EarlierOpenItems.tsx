import { useId } from 'react';
import { ACTION_STATUS_LABELS } from '../../../shared/domain/actions.ts';
import { hrefFor } from '../../routing/routes.ts';
import { useEarlierOpenItems } from './use-earlier-open-items.ts';

/**
 * "Still open from earlier incidents": what earlier reviews of the same services promised and have not done, shown
 * while the review is prepared and started, so the room starts from what is already owed (the report's backlog check).
 */
export function EarlierOpenItems({ meetingId, hasServices }: { meetingId: string; hasServices: boolean }) {
  const id = useId();
  const load = useEarlierOpenItems(meetingId);
  return (
    <section className="panel earlier-open" aria-labelledby={`${id}-heading`} data-testid="earlier-open-items">
      <h2 id={`${id}-heading`}>Still open from earlier incidents</h2>
      {!hasServices ? (
        <p className="muted">Name the services affected in the incident facts to see what earlier incidents on them left open.</p>
      ) : load.kind === 'loading' ? (
        <p className="muted" role="status">
          Looking through earlier reviews…
        </p>
      ) : load.kind === 'error' ? (
        <p className="form-message" role="alert">
          Earlier reviews could not be read: {load.message}
        </p>
      ) : load.value.length === 0 ? (
        <p className="muted">Nothing is left open from earlier incidents on these services.</p>
      ) : (
        <>
          <p>
            {load.value.length} {load.value.length === 1 ? 'item' : 'items'} from earlier reviews of the same services {load.value.length === 1 ? 'is' : 'are'}{' '}
            not done yet.
          </p>
          <ul className="earlier-open__list">
            {load.value.map(({ item, incidentId, reviewTitle, sharedServices }) => (
              <li key={item.id} data-testid="earlier-open-item">
                <bdi className="earlier-open__title">{item.title}</bdi>
                <span className="earlier-open__detail">
                  <bdi>{item.owner || 'Unassigned'}</bdi> · {item.dueOn ? `due ${item.dueOn}` : 'no due date'} · {ACTION_STATUS_LABELS[item.status]} · from{' '}
                  <a href={hrefFor({ name: 'meeting', meetingId: item.meetingId })}>
                    <bdi>{incidentId ? `${incidentId}: ${reviewTitle}` : reviewTitle}</bdi>
                  </a>{' '}
                  · <bdi>{sharedServices.join(', ')}</bdi>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
