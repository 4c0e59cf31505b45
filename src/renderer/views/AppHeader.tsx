import { performCommand } from '../app/app-context.ts';
import { helpCommand } from '../commands/app-commands.ts';
import { hrefFor, type Route } from '../routing/routes.ts';
import { useRoute } from '../routing/use-route.ts';

/** The app's own pages, in the header's navigation. */
const PAGES: ReadonlyArray<{ route: Route; label: string }> = [
  { route: { name: 'library' }, label: 'Meetings' },
  { route: { name: 'people' }, label: 'People' },
];

export function AppHeader() {
  const current = useRoute().name;
  return (
    <header className="app-header">
      <a className="app-header__brand" href={hrefFor({ name: 'library' })}>
        <span className="app-header__mark" aria-hidden="true" />
        Debrief
      </a>
      <nav className="app-header__nav" aria-label="Pages">
        {PAGES.map(({ route, label }) => (
          <a key={route.name} href={hrefFor(route)} aria-current={current === route.name ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      <button type="button" className="button button--quiet app-header__help" onClick={() => performCommand(helpCommand)} aria-keyshortcuts="?">
        Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
      </button>
    </header>
  );
}
