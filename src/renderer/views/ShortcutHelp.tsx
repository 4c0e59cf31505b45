import { isMac } from '../commands/platform.ts';
import { uiStore, useUi } from '../app/services.ts';
import { appCommands } from '../commands/app-commands.ts';
import { shortcutLabel } from '../commands/shortcut.ts';
import { useEffect, useRef } from 'react';
import { useModalDialog } from './common/use-modal-dialog.ts';
import { WHY_KEY_HELP } from './root-cause/why-keys.ts';

/** Shift plus a symbol is only distinct from the symbol itself on the number pad (see shortcut.ts). */
const NUMBER_PAD_ONLY = new Set(['Shift+Plus', 'Shift+=']);

/** Keys that act on what has focus rather than through the command registry. */
const IN_PLACE_KEYS: readonly (readonly [string, string])[] = [
  ['Enter', 'In a form: save. On a timeline row: edit it'],
  ['Esc', 'While editing a row: cancel and put it back'],
  ['Delete', 'On a timeline row: delete it (you can undo)'],
  ['S', 'On a timeline row: star it as a key moment, or take the star off'],
  ['↑ ↓', 'On a timeline row: move between rows'],
  ['Alt+↑ Alt+↓', 'On an agenda section (in Prepare): move it up or down'],
  ['Page Down Page Up ↑ ↓', 'In a scrolling pane: scroll it'],
  ['Tab', 'Move to the next field or row'],
];

function KeyList({ keys }: { keys: readonly (readonly [string, string])[] }) {
  return (
    <dl className="shortcut-list">
      {keys.map(([key, label]) => (
        <div className="shortcut-list__item" key={key}>
          <dt>
            <kbd>{key}</kbd>
          </dt>
          <dd>{label}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ShortcutHelp() {
  const open = useUi((state) => state.helpOpen);
  const dialogProps = useModalDialog(open, () => uiStore.getState().closeHelp());
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Opens at the top of the list, on its heading, not scrolled down to the first button.
    if (!open) return;
    headingRef.current?.focus();
    dialogProps.ref.current?.scrollTo({ top: 0 });
  }, [open, dialogProps.ref]);

  return (
    <dialog {...dialogProps} className="modal-dialog help-dialog" aria-labelledby="help-heading">
      <div className="help-dialog__top">
        <h2 id="help-heading" ref={headingRef} tabIndex={-1}>
          Keyboard shortcuts
        </h2>
        <button type="button" className="button" onClick={() => uiStore.getState().closeHelp()}>
          Close <kbd aria-hidden="true">Esc</kbd>
        </button>
      </div>
      <p className="muted">
        Single keys work when the cursor is not in a text field. The timer keys work on the meeting console; Page Down and Page Up (a presenter clicker) change
        the section only while no text field and no scrolling pane has the focus: there they scroll, as arrow keys always do.
      </p>
      <h3 className="help-dialog__group">Everywhere</h3>
      <dl className="shortcut-list">
        {appCommands
          .filter((command) => command.shortcuts.length > 0)
          .map((command) => (
            <div className="shortcut-list__item" key={command.id}>
              <dt>
                {command.shortcuts.map((shortcut, index) => (
                  <span key={shortcut}>
                    {index > 0 ? <span className="muted"> or </span> : null}
                    <kbd>{shortcutLabel(shortcut, isMac)}</kbd>
                    {NUMBER_PAD_ONLY.has(shortcut) ? <span className="muted"> (number pad)</span> : null}
                  </span>
                ))}
              </dt>
              <dd>{command.label}</dd>
            </div>
          ))}
      </dl>
      <h3 className="help-dialog__group">On what has the focus</h3>
      <KeyList keys={IN_PLACE_KEYS} />
      <h3 className="help-dialog__group">In the 5 Whys, while typing a why</h3>
      <KeyList keys={WHY_KEY_HELP} />
    </dialog>
  );
}
