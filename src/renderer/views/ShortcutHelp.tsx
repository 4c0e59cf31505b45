import { uiStore, useUi } from '../app/services.ts';
import { appCommands } from '../commands/app-commands.ts';
import { shortcutLabel } from '../commands/shortcut.ts';
import { useModalDialog } from './common/use-modal-dialog.ts';

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** Shift plus a symbol is only distinct from the symbol itself on the number pad (see shortcut.ts). */
const NUMBER_PAD_ONLY = new Set(['Shift+Plus', 'Shift+=']);

/** Keys that act on what has focus rather than through the command registry. */
const IN_PLACE_KEYS: readonly [string, string][] = [
  ['Enter', 'In a form: save. On a timeline row: edit it'],
  ['Esc', 'While editing a row: cancel and put it back'],
  ['Delete', 'On a timeline row: delete it (you can undo)'],
  ['↑ ↓', 'On a timeline row: move between rows'],
  ['Alt+↑ Alt+↓', 'On an agenda section: move it up or down'],
  ['Tab', 'Move to the next field or row'],
];

export function ShortcutHelp() {
  const open = useUi((state) => state.helpOpen);
  const dialogProps = useModalDialog(open, () => uiStore.getState().closeHelp());

  return (
    <dialog {...dialogProps} className="modal-dialog help-dialog" aria-labelledby="help-heading">
      <h2 id="help-heading">Keyboard shortcuts</h2>
      <p className="muted">Single keys work when the cursor is not in a text field. The timer keys work on the meeting console.</p>
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
        {IN_PLACE_KEYS.map(([key, label]) => (
          <div className="shortcut-list__item" key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
      <div className="help-dialog__actions">
        <button type="button" className="button" onClick={() => uiStore.getState().closeHelp()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
