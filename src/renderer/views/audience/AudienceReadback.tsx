import { useMemo, useRef } from 'react';
import { readbackPages } from '../../../shared/screen/readback-pages.ts';
import { useActionItems } from '../actions/use-action-items.ts';
import { useActionRows } from '../actions/use-action-rows.ts';
import { AudienceFocusList, ListedRow } from './AudienceFocusList.tsx';
import { readbackItems } from './readback-items.ts';
import { useFit } from './use-fit.ts';
import { useReadbackPage } from './use-readback-page.ts';

/**
 * Every action with its owner and due date, for the room to read back. When they do not fit one screen, the pages
 * turn on their own (a full round within 30 seconds) and on the facilitator's key. An action the facilitator points
 * at is shown whole and larger among its neighbours instead.
 */
export function AudienceReadback({ meetingId, focusId, heading }: { meetingId: string; focusId: string | null; heading: string }) {
  useActionItems(meetingId);
  const rows = useActionRows();
  const items = useMemo(() => readbackItems(rows), [rows]);
  const pages = useMemo(() => readbackPages(items), [items]);
  const index = useReadbackPage(pages.length);
  const box = useRef<HTMLDivElement>(null);
  const page = pages[Math.min(index, pages.length - 1)] ?? [];
  useFit(box, 1, page.map((item) => `${item.id}:${item.title.length}:${item.detail}`).join(','));

  if (focusId !== null && items.some((item) => item.id === focusId)) {
    return <AudienceFocusList meetingId={meetingId} label={heading} items={items} focusId={focusId} empty="" testId="audience-actions" />;
  }
  const first = page[0] ? items.indexOf(page[0]) + 1 : 1;
  return (
    <div className="audience-panel">
      <p className="audience__label">
        {heading}{' '}
        <span className="audience__count" data-testid="audience-readback-page">
          {items.length === 0
            ? null
            : pages.length > 1
              ? `${first}–${first + page.length - 1} of ${items.length} · page ${index + 1} of ${pages.length}`
              : items.length === 1
                ? '1 item'
                : `${items.length} items`}
        </span>
      </p>
      <div ref={box} className="audience-fit">
        {items.length === 0 ? (
          <p className="audience-panel__empty">No action items yet. What is the smallest change that would have prevented this?</p>
        ) : (
          <ol className="audience-list" data-testid="audience-actions" start={first}>
            {page.map((item) => (
              <ListedRow key={item.id} item={item} focused={false} meetingId={meetingId} />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
