import { useMemo, useRef, type ReactNode } from 'react';
import { AudienceEvidence, useEvidenceKey } from './AudienceEvidence.tsx';
import { FOCUS_RADII, LATEST_COUNTS, windowAround } from './focus-window.ts';
import { useFit } from './use-fit.ts';

export interface ListedItem {
  id: string;
  text: string;
  /** A short line under the text: who and by when, or the finding's severity. */
  detail?: string;
  /** A tag before the text: the note's category, the action's priority. */
  tag?: string;
  /** A closed action, shown struck through. */
  closed?: boolean;
}

interface AudienceFocusListProps {
  meetingId: string;
  label: ReactNode;
  items: readonly ListedItem[];
  focusId: string | null;
  empty: string;
  testId: string;
}

/**
 * A list on the shared screen that follows the facilitator: the focused item, whole and larger, with as many
 * neighbours as fit; with no focus, the latest items. Items are dropped from the edges, and type steps down, until it
 * fits; nothing is cut.
 */
export function AudienceFocusList({ meetingId, label, items, focusId, empty, testId }: AudienceFocusListProps) {
  const focusIndex = focusId === null ? -1 : items.findIndex((item) => item.id === focusId);
  const box = useRef<HTMLDivElement>(null);
  const evidenceKey = useEvidenceKey(focusIndex >= 0 ? focusId : null);
  const contentKey = `${focusIndex >= 0 ? focusId : ''}|${evidenceKey}|${items.map((item) => `${item.id}:${item.text.length}:${item.detail ?? ''}:${item.tag ?? ''}`).join(',')}`;
  const { variant } = useFit(box, focusIndex >= 0 ? FOCUS_RADII.length : LATEST_COUNTS.length, contentKey);
  const shown = useMemo(() => {
    if (focusIndex >= 0) {
      const [start, end] = windowAround(items.length, focusIndex, FOCUS_RADII[variant] ?? 0);
      return items.slice(start, end);
    }
    return items.slice(-(LATEST_COUNTS[variant] ?? 1));
  }, [items, focusIndex, variant]);

  return (
    <div className="audience-panel">
      <p className="audience__label">
        {label}{' '}
        <span className="audience__count">{focusIndex >= 0 ? `${focusIndex + 1} of ${items.length}` : items.length > 0 ? String(items.length) : null}</span>
      </p>
      <div ref={box} className="audience-fit">
        {items.length === 0 ? (
          <p className="audience-panel__empty">{empty}</p>
        ) : (
          <ol className="audience-list" data-testid={testId}>
            {shown.map((item) => (
              <ListedRow key={item.id} item={item} focused={item.id === focusId} meetingId={meetingId} />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

export function ListedRow({ item, focused, meetingId }: { item: ListedItem; focused: boolean; meetingId: string }) {
  const classes = ['audience-item', focused ? 'audience-item--focused' : '', item.closed ? 'audience-item--closed' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes} data-testid={focused ? 'audience-focused' : undefined}>
      {item.tag ? <span className="audience-item__tag">{item.tag}</span> : null}
      <span className="audience-item__text">
        <bdi>{item.text}</bdi>
      </span>
      {item.detail ? (
        <span className="audience-item__detail">
          <bdi>{item.detail}</bdi>
        </span>
      ) : null}
      {focused ? <AudienceEvidence meetingId={meetingId} targetId={item.id} /> : null}
    </li>
  );
}
