import { useMemo } from 'react';
import type { AgendaSection } from '../../../shared/domain/agenda.ts';
import type { ScreenFocus } from '../../../shared/domain/screen.ts';
import { readbackPages } from '../../../shared/screen/readback-pages.ts';
import { performCommand } from '../../app/app-context.ts';
import { useActions, useAgenda, useNotes, useTimeline, useWhys } from '../../app/services.ts';
import { readbackNextCommand, readbackPreviousCommand, screenClearCommand } from '../../commands/app-commands.ts';
import { useActionItems } from '../actions/use-action-items.ts';
import { useActionRows } from '../actions/use-action-rows.ts';
import { readbackItems } from './readback-items.ts';
import { screenContent } from './screen-content.ts';
import { useReadbackPage } from './use-readback-page.ts';

/** The words of the item the room is looking at, from whichever list holds it; null once it is gone. */
function useFocusedText(focus: ScreenFocus | null): string | null {
  const event = useTimeline((state) => (focus?.kind === 'timeline_event' ? state.items.find((item) => item.id === focus.id) : undefined));
  const why = useWhys((state) => (focus?.kind === 'why' ? state.items.find((item) => item.id === focus.id) : undefined));
  const action = useActions((state) => (focus?.kind === 'action_item' ? state.items.find((item) => item.id === focus.id) : undefined));
  const note = useNotes((state) => (focus?.kind === 'note' ? state.items.find((item) => item.id === focus.id) : undefined));
  return event?.description ?? why?.text ?? action?.title ?? note?.text ?? null;
}

/**
 * One line on the console saying what the room sees on the shared screen: the item the facilitator points at (and how
 * to let go of it), or which read-back page is up, with the keys that move them.
 */
export function ScreenStatus({ meetingId, section, finished }: { meetingId: string; section: AgendaSection | null; finished: boolean }) {
  const focus = useAgenda((state) => state.agenda?.screen.focus ?? null);
  const focusedText = useFocusedText(focus);
  const content = finished ? ({ kind: 'readback' } as const) : section ? screenContent(section, focus) : null;
  if (!content) return null;
  if (focus && focusedText !== null && !finished) {
    return (
      <p className="screen-status" role="status" data-testid="screen-status">
        <span className="screen-status__label">On the shared screen:</span> <bdi className="screen-status__item">{focusedText || '(empty)'}</bdi>{' '}
        <button type="button" className="button button--small" onClick={() => performCommand(screenClearCommand)} aria-keyshortcuts="X">
          Show the whole list <kbd aria-hidden="true">X</kbd>
        </button>
      </p>
    );
  }
  // Otherwise the room sees the section's list as the console does: nothing to say, and the capture tools keep the room.
  return content.kind === 'readback' ? <ReadbackStatus meetingId={meetingId} /> : null;
}

/** Which page of the read-back the room sees, and the keys that turn it. */
function ReadbackStatus({ meetingId }: { meetingId: string }) {
  useActionItems(meetingId);
  const rows = useActionRows();
  const items = useMemo(() => readbackItems(rows), [rows]);
  const pages = useMemo(() => readbackPages(items), [items]);
  const index = useReadbackPage(pages.length);
  if (pages.length <= 1) return null;
  const first = pages.slice(0, index).reduce((count, page) => count + page.length, 0) + 1;
  const shown = pages[index]?.length ?? 0;
  return (
    <p className="screen-status" role="status" data-testid="screen-status">
      <span className="screen-status__label">
        The room sees page {index + 1} of {pages.length}
      </span>{' '}
      (actions {first}–{first + shown - 1} of {items.length}), turning by itself.{' '}
      <button type="button" className="button button--small" onClick={() => performCommand(readbackPreviousCommand)} aria-keyshortcuts="[">
        Previous page <kbd aria-hidden="true">[</kbd>
      </button>{' '}
      <button type="button" className="button button--small" onClick={() => performCommand(readbackNextCommand)} aria-keyshortcuts="]">
        Next page <kbd aria-hidden="true">]</kbd>
      </button>
    </p>
  );
}
