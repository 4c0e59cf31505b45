import { gateHolds } from '../../shared/agenda/gate.ts';
import { clockView } from '../../shared/timer/clock.ts';
import type { AppContext, ClockContext } from '../commands/app-commands.ts';
import { navigate } from '../routing/use-route.ts';
import { parseRoute } from '../routing/routes.ts';
import { openAudienceWindow } from './audience-window.ts';
import { currentScreen, focusScreen, turnReadbackPage } from './screen-context.ts';
import { agendaStore, exportDialogStore, uiStore, undoStack } from './services.ts';

function currentClock(): ClockContext | null {
  const { agenda, offsetMs, stepping } = agendaStore.getState();
  if (!agenda) return null;
  const view = clockView(agenda, Date.now() + offsetMs);
  return {
    meetingId: agenda.meetingId,
    status: view.status,
    sectionCount: agenda.sections.length,
    currentIndex: view.currentIndex,
    stepping,
    gateHeld: gateHolds(view.current, view.status),
  };
}

/** The command context as it is right now, read from the plain stores so it is never stale. */
export function currentAppContext(): AppContext {
  const ui = uiStore.getState();
  const undo = undoStack.getState();
  const agenda = agendaStore.getState();
  return {
    route: parseRoute(window.location.hash),
    helpOpen: ui.helpOpen,
    prepareOpen: ui.prepareOpen,
    gateConfirmOpen: ui.gateConfirmOpen,
    exportOpen: exportDialogStore.getState().meetingId !== null,
    canUndoDelete: undo.deletions.length > 0,
    clock: currentClock(),
    screen: currentScreen(),
    navigate,
    openHelp: ui.openHelp,
    closeHelp: ui.closeHelp,
    openPrepare: () => ui.setPrepareOpen(true),
    confirmGateOverride: (leaving) => ui.setGateConfirmOpen(true, leaving),
    requestFocus: ui.requestFocus,
    undoDelete: undo.undoLast,
    runTimer: (action) => void agenda.runTimer(action),
    extendTimer: (seconds) => void agenda.extend(seconds),
    openAudience: (meetingId) => openAudienceWindow(meetingId, ui.audienceTheme),
    openExport: exportDialogStore.getState().open,
    focusScreen,
    turnReadbackPage,
  };
}

export function performCommand(command: { enabled(context: AppContext): boolean; perform(context: AppContext): void }): void {
  const context = currentAppContext();
  if (command.enabled(context)) command.perform(context);
}
