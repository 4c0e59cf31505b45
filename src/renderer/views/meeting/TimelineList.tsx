import { useEffect, useRef, useState } from 'react';
import type { TimelineRow } from '../../stores/timeline-rows.ts';
import { TimelineRowEditor } from './TimelineRowEditor.tsx';
import { TimelineRowView, timelineRowId } from './TimelineRowView.tsx';

interface TimelineListProps {
  rows: readonly TimelineRow[];
  timeZone: string;
  anchorDate: string;
}

export function TimelineList({ rows, timeZone, anchorDate }: TimelineListProps) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const returnFocusTo = useRef<string | null>(null);

  useEffect(() => {
    // After an edit the row may have moved; put focus back on it wherever it is now.
    const id = returnFocusTo.current;
    if (!id) return;
    returnFocusTo.current = null;
    document.getElementById(timelineRowId(id))?.focus();
  }, [editingId, rows]);

  const editing = editingId !== null && rows.some((row) => row.event.id === editingId) ? editingId : null;

  return (
    <ol className="timeline" aria-label="Timeline, in time order">
      {rows.map((row) =>
        row.event.id === editing ? (
          <TimelineRowEditor
            key={row.event.id}
            event={row.event}
            timeZone={timeZone}
            onDone={() => {
              returnFocusTo.current = row.event.id;
              setEditingId(null);
            }}
          />
        ) : (
          <TimelineRowView key={row.event.id} row={row} timeZone={timeZone} anchorDate={anchorDate} onEdit={() => setEditingId(row.event.id)} />
        ),
      )}
    </ol>
  );
}
