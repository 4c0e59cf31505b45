import type { ScreenFocus } from '../../shared/domain/screen.ts';
import { readbackPages, shownReadbackPage } from '../../shared/screen/readback-pages.ts';
import { clockView } from '../../shared/timer/clock.ts';
import { actionRows } from '../stores/actions/action-rows.ts';
import { timelineRows } from '../stores/timeline/timeline-rows.ts';
import { readbackItems } from '../views/audience/readback-items.ts';
import { screenContent, type ScreenContent } from '../views/audience/screen-content.ts';
import { screenTargets } from '../views/audience/screen-targets.ts';
import { SHOW_ON_SCREEN_ATTRIBUTE } from '../views/audience/ShowOnScreenButton.tsx';
import { actionsStore, agendaStore, notesStore, timelineStore, whysStore } from './services.ts';

/** What the shared-screen commands need: what the section shows, what J and K move through, the read-back's pages. */
export interface ScreenContext {
  content: ScreenContent;
  focus: ScreenFocus | null;
  targets: ScreenFocus[];
  /** The read-back's pages and the one the room sees; one page when it is not a read-back. */
  pageCount: number;
  shownPage: number;
}

/** The shared screen of the console's meeting as the stores have it now; null outside a running or finished meeting. */
export function currentScreen(): ScreenContext | null {
  const { agenda, offsetMs } = agendaStore.getState();
  if (!agenda) return null;
  const now = Date.now() + offsetMs;
  const view = clockView(agenda, now);
  if (view.status === 'not_started') return null;
  const finished = view.status === 'finished';
  if (!finished && !view.current) return null;
  const content: ScreenContent = finished || !view.current ? { kind: 'readback' } : screenContent(view.current, agenda.screen.focus);
  const actions = actionsStore.getState();
  const actionList = content.kind === 'readback' ? actionRows(actions) : [];
  const timeline = timelineStore.getState();
  const targets = finished
    ? []
    : screenTargets(content, {
        timeline: content.kind === 'timeline' ? timelineRows(timeline) : [],
        whys: whysStore.getState().items,
        actions: actionList,
        notes: notesStore.getState().items,
      });
  const focused = agenda.screen.focus !== null && targets.some((target) => target.id === agenda.screen.focus?.id);
  const pageCount = content.kind === 'readback' && !focused ? readbackPages(readbackItems(actionList)).length : 1;
  return {
    content,
    focus: focused ? agenda.screen.focus : null,
    targets,
    pageCount,
    shownPage: shownReadbackPage(agenda.screen, pageCount, now).index,
  };
}

/** Points the shared screen at an item (or at none) and brings that item's row on the console into view. */
export function focusScreen(focus: ScreenFocus | null): void {
  void agendaStore
    .getState()
    .focusScreen(focus)
    .catch(() => undefined);
  if (!focus) return;
  const marker = document.querySelector(`[${SHOW_ON_SCREEN_ATTRIBUTE}="${CSS.escape(focus.id)}"]`);
  marker?.closest('li')?.scrollIntoView({ block: 'nearest' });
}

export function turnReadbackPage(page: number): void {
  void agendaStore
    .getState()
    .turnPage(page)
    .catch(() => undefined);
}
