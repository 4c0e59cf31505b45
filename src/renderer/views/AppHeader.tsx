import { performCommand } from '../app/app-context.ts';
import { helpCommand } from '../commands/app-commands.ts';
import { hrefFor } from '../routing/routes.ts';

export function AppHeader() {
  return (
    <header className="app-header">
      <a className="app-header__brand" href={hrefFor({ name: 'library' })}>
        <span className="app-header__mark" aria-hidden="true" />
        Debrief
      </a>
      <button type="button" className="button button--quiet app-header__help" onClick={() => performCommand(helpCommand)} aria-keyshortcuts="?">
        Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
      </button>
    </header>
  );
}
