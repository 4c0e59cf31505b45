import { lazy, Suspense } from 'react';
import { useCommandShortcuts } from '../app/use-command-shortcuts.ts';
import { useRoute } from '../routing/use-route.ts';
import { AppHeader } from './AppHeader.tsx';
import { AudienceView } from './audience/AudienceView.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { ExportDialog } from './export/ExportDialog.tsx';
import { LibraryView } from './library/LibraryView.tsx';
import { FollowupsView } from './followups/FollowupsView.tsx';
import { MeetingView } from './meeting/MeetingView.tsx';
import { NotFoundView } from './NotFoundView.tsx';
import { PeopleView } from './people/PeopleView.tsx';
import { FactorsView } from './tags/FactorsView.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { UndoToast } from './UndoToast.tsx';

// Chart.js comes with the Trends view only, so opening the app never waits for it.
const TrendsView = lazy(async () => ({ default: (await import('./trends/TrendsView.tsx')).TrendsView }));

export function App() {
  const route = useRoute();
  useCommandShortcuts();
  if (route.name === 'audience') {
    // The projector gets the room's screen and nothing else: no header, no toasts, no dialogs.
    return <AudienceView key={route.meetingId} meetingId={route.meetingId} theme={route.theme} />;
  }
  return (
    <div className={route.name === 'meeting' ? 'app app--wide' : route.name === 'followups' ? 'app app--ledger' : 'app'}>
      <AppHeader route={route} />
      <ConnectionBanner />
      <main className={route.name === 'meeting' ? 'app-main app-main--wide' : route.name === 'followups' ? 'app-main app-main--ledger' : 'app-main'}>
        {route.name === 'library' ? <LibraryView /> : null}
        {route.name === 'followups' ? <FollowupsView /> : null}
        {route.name === 'people' ? <PeopleView /> : null}
        {route.name === 'trends' ? (
          <Suspense fallback={<p className="muted">Opening Trends…</p>}>
            <TrendsView />
          </Suspense>
        ) : null}
        {route.name === 'factors' ? <FactorsView /> : null}
        {route.name === 'meeting' ? <MeetingView key={route.meetingId} meetingId={route.meetingId} /> : null}
        {route.name === 'not-found' ? <NotFoundView /> : null}
      </main>
      <UndoToast />
      <ShortcutHelp />
      {route.name === 'meeting' ? <ExportDialog key={route.meetingId} meetingId={route.meetingId} /> : null}
    </div>
  );
}
