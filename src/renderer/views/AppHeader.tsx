import { performCommand } from '../app/app-context.ts';
import { helpCommand } from '../commands/app-commands.ts';
import { hrefFor, type Route } from '../routing/routes.ts';

const SECTIONS = [
  { route: { name: 'library' }, label: 'Meetings' },
  { route: { name: 'followups' }, label: 'Follow-ups' },
  { route: { name: 'people' }, label: 'People' },
  { route: { name: 'trends' }, label: 'Trends' },
  { route: { name: 'factors' }, label: 'Factors' },
] as const satisfies ReadonlyArray<{ route: Route; label: string }>;

export function AppHeader({ route }: { route: Route }) {
  return (
    <header className="app-header">
      <div className="app-header__start">
        <a className="app-header__brand" href={hrefFor({ name: 'library' })}>
          <span className="app-header__mark" aria-hidden="true" />
          Debrief
        </a>
        <nav aria-label="Sections" className="app-header__nav">
          {SECTIONS.map((section) => (
            <a
              key={section.route.name}
              href={hrefFor(section.route)}
              className="app-header__link"
              aria-current={route.name === section.route.name ? 'page' : undefined}
            >
              {section.label}
            </a>
          ))}
        </nav>
      </div>
      <button type="button" className="button button--quiet app-header__help" onClick={() => performCommand(helpCommand)} aria-keyshortcuts="?">
        Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
      </button>
    </header>
  );
}
