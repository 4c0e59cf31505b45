import { useActionItems } from '../actions/use-action-items.ts';
import { useActionRows } from '../actions/use-action-rows.ts';

/** Items the shared screen shows at once; large type leaves room for about this many (and seed 002 asks for 3-5). */
const ITEMS_SHOWN = 6;

/** The action items as the room agrees them, live, with who and by when (or that nobody has it yet). */
export function AudienceActions({ meetingId }: { meetingId: string }) {
  useActionItems(meetingId);
  const rows = useActionRows();
  const shown = rows.slice(0, ITEMS_SHOWN);
  return (
    <div className="audience-actions">
      <p className="audience__label">
        Action items <span className="audience__count">{rows.length === 1 ? '1 item' : `${rows.length} items`}</span>
      </p>
      {shown.length === 0 ? (
        <p className="audience-actions__empty">No action items yet. What is the smallest change that would have prevented this?</p>
      ) : (
        <ol className="audience-actions__list" data-testid="audience-actions">
          {shown.map(({ item }) => (
            <li key={item.id} className={item.status === 'done' || item.status === 'cancelled' ? 'audience-action audience-action--closed' : 'audience-action'}>
              <span className="audience-action__priority">{item.priority}</span>
              <span className="audience-action__title">{item.title}</span>
              <span className="audience-action__who">
                {item.owner ? <bdi>{item.owner}</bdi> : <span className="audience-action__missing">no owner</span>} ·{' '}
                {item.dueOn ? <bdi>{item.dueOn}</bdi> : <span className="audience-action__missing">no date</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
      {rows.length > ITEMS_SHOWN ? <p className="audience-actions__empty">and {rows.length - ITEMS_SHOWN} more</p> : null}
    </div>
  );
}
