import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TimelineRow } from '../../stores/timeline/timeline-rows.ts';
import { listPrecision } from '../../../shared/timeline/list-precision.ts';
import { TimelineRowEditor } from './TimelineRowEditor.tsx';
import { TimelineRowView, timelineRowId } from './TimelineRowView.tsx';
import { ESTIMATED_ROW_HEIGHT, rowOffsets, VIRTUALISE_FROM, visibleWindow } from './virtual-window.ts';

interface TimelineListProps {
  rows: readonly TimelineRow[];
  timeZone: string;
  anchorDate: string;
}

/** Rows rendered beyond each edge of the viewport, so arrow keys and quick scrolling never land on a blank. */
const OVERSCAN = 8;

export function TimelineList({ rows, timeZone, anchorDate }: TimelineListProps) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  const precision = useMemo(() => listPrecision(rows.map((row) => row.event)), [rows]);
  const editing = editingId !== null && rows.some((row) => row.event.id === editingId) ? editingId : null;

  const renderRow = (row: TimelineRow): ReactNode =>
    row.event.id === editing ? (
      <TimelineRowEditor
        key={row.event.id}
        event={row.event}
        timeZone={timeZone}
        onDone={() => {
          // After an edit the row may have moved; focus goes back to it wherever it is now.
          setFocusId(row.event.id);
          setEditingId(null);
        }}
      />
    ) : (
      <TimelineRowView
        key={row.event.id}
        row={row}
        timeZone={timeZone}
        precision={precision}
        anchorDate={anchorDate}
        onEdit={() => setEditingId(row.event.id)}
      />
    );

  const onFocused = () => setFocusId(null);

  return rows.length < VIRTUALISE_FROM ? (
    <PlainTimeline rows={rows} renderRow={renderRow} focusId={focusId} onFocused={onFocused} />
  ) : (
    <WindowedTimeline rows={rows} renderRow={renderRow} focusId={focusId} onFocused={onFocused} />
  );
}

interface ListBodyProps {
  rows: readonly TimelineRow[];
  renderRow(row: TimelineRow): ReactNode;
  focusId: string | null;
  onFocused(): void;
}

function PlainTimeline({ rows, renderRow, focusId, onFocused }: ListBodyProps) {
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(timelineRowId(focusId))?.focus();
    onFocused();
  }, [focusId, rows, onFocused]);

  return (
    <ol className="timeline" aria-label="Timeline, in time order">
      {rows.map(renderRow)}
    </ol>
  );
}

const ROW_ID_PREFIX = timelineRowId('');

/**
 * A long timeline in a scrolling box that renders only the rows in view: typing stays instant with thousands of
 * events. Row heights are measured as rows appear, so wrapped descriptions and the open editor keep their place.
 */
function WindowedTimeline({ rows, renderRow, focusId, onFocused }: ListBodyProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const atBottom = useRef(false);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(600);
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());

  const offsets = useMemo(() => rowOffsets(rows.length, (index) => heights.get(rows[index]?.event.id ?? '') ?? ESTIMATED_ROW_HEIGHT), [rows, heights]);
  const shown = visibleWindow(offsets, scrollTop, viewportHeight, OVERSCAN);

  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const watcher = new ResizeObserver((entries) => {
      const rowSizes: [string, number][] = [];
      for (const entry of entries) {
        if (entry.target === box) setViewportHeight(box.clientHeight);
        else if (entry.target.id.startsWith(ROW_ID_PREFIX)) {
          rowSizes.push([entry.target.id.slice(ROW_ID_PREFIX.length), entry.target.getBoundingClientRect().height]);
        }
      }
      if (rowSizes.length === 0) return;
      setHeights((previous) => {
        let next: Map<string, number> | null = null;
        for (const [id, height] of rowSizes) {
          if (Math.abs((previous.get(id) ?? -1) - height) > 0.5) (next ??= new Map(previous)).set(id, height);
        }
        return next ?? previous;
      });
    });
    watcher.observe(box);
    observer.current = watcher;
    return () => {
      watcher.disconnect();
      observer.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    // Measure the rows now rendered; rows that leave the window keep their last measured height.
    const watcher = observer.current;
    const rendered = Array.from(list.current?.children ?? []);
    for (const row of rendered) watcher?.observe(row);
    return () => {
      for (const row of rendered) watcher?.unobserve(row);
    };
  });

  useLayoutEffect(() => {
    // Follow the newest events while the reader is at the end, as a chat does.
    const box = scroller.current;
    if (box && atBottom.current) box.scrollTop = box.scrollHeight;
  }, [rows.length]);

  useLayoutEffect(() => {
    if (!focusId) return;
    const element = document.getElementById(timelineRowId(focusId));
    const index = rows.findIndex((row) => row.event.id === focusId);
    if (element || index < 0) {
      element?.focus();
      onFocused();
      return;
    }
    // Scroll the row into the window first; the render that scrolling causes finds and focuses it.
    if (scroller.current) scroller.current.scrollTop = offsets[index] ?? 0;
  }, [focusId, rows, offsets, onFocused]);

  return (
    <div
      ref={scroller}
      className="timeline-scroller"
      data-testid="timeline-scroller"
      style={{ maxHeight: '70vh', overflowY: 'auto', overscrollBehavior: 'contain' }}
      onScroll={(event) => {
        const box = event.currentTarget;
        atBottom.current = box.scrollTop + box.clientHeight >= box.scrollHeight - 4;
        setScrollTop(box.scrollTop);
      }}
    >
      <ol
        ref={list}
        className="timeline"
        aria-label={`Timeline, in time order (${rows.length} events)`}
        style={{ paddingTop: shown.paddingTop, paddingBottom: shown.paddingBottom }}
      >
        {rows.slice(shown.start, shown.end).map(renderRow)}
      </ol>
    </div>
  );
}
