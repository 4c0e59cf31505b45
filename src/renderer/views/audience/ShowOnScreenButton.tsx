import { sameFocus, type ScreenFocus } from '../../../shared/domain/screen.ts';
import { agendaStore, useAgenda } from '../../app/services.ts';
import { isNoteTaker } from '../../app/viewer.ts';

/** The marker an item's Show button carries, so J and K can bring the row they point at into view. */
export const SHOW_ON_SCREEN_ATTRIBUTE = 'data-show-on-screen';

/**
 * Points the shared screen at this item, or takes it off again: the room then sees it in full and in large type. Only
 * the facilitator points the screen; a note-taker's rows have no such button.
 */
export function ShowOnScreenButton({ focus, label, tabIndex }: { focus: ScreenFocus; label: string; tabIndex?: number }) {
  const shown = useAgenda((state) => sameFocus(state.agenda?.screen.focus ?? null, focus));
  if (isNoteTaker()) return null;
  return (
    <button
      type="button"
      className="button button--small button--quiet show-on-screen"
      aria-pressed={shown}
      aria-label={`Show on the shared screen: ${label}`}
      title={shown ? 'On the shared screen now (J / K move it, X clears it)' : 'Show this on the shared screen'}
      tabIndex={tabIndex}
      {...{ [SHOW_ON_SCREEN_ATTRIBUTE]: focus.id }}
      onClick={() =>
        void agendaStore
          .getState()
          .focusScreen(shown ? null : focus)
          .catch(() => undefined)
      }
    >
      Show
    </button>
  );
}
