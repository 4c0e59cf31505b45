import { COMMANDS } from '../../shared/commands.ts';
import type { ClockStatus } from '../../shared/timer/clock.ts';
import type { ScreenFocus } from '../../shared/domain/screen.ts';
import type { ScreenContext } from '../app/screen-context.ts';
import type { Route } from '../routing/routes.ts';
import type { TimerAction } from '../stores/agenda/agenda-store.ts';
import type { FocusTarget } from '../stores/ui-store.ts';
import { steppedFocus } from '../views/audience/screen-targets.ts';
import { createCommandRegistry, type Command } from './registry.ts';

/** What the timer commands need to know about the open meeting's clock. */
export interface ClockContext {
  meetingId: string;
  status: ClockStatus;
  sectionCount: number;
  /** Index of the current section, -1 before the start. */
  currentIndex: number;
  /** A Next or Previous is on its way to the service: the next step waits for its answer. */
  stepping: boolean;
  /** The current section is a review gate with no decision yet: Next asks before passing it. */
  gateHeld: boolean;
}

/** What commands may look at and do; built fresh from the stores for every key press, click or menu choice. */
export interface AppContext {
  route: Route;
  helpOpen: boolean;
  /** The Prepare drawer (agenda, facts, templates, joining) or the gate confirmation: modal, like help. */
  prepareOpen: boolean;
  gateConfirmOpen: boolean;
  /** The export dialog is a modal over the console: while it is open, the console's keys stay quiet. */
  exportOpen: boolean;
  canUndoDelete: boolean;
  /** The console's meeting clock; null anywhere else, or while its agenda is loading. */
  clock: ClockContext | null;
  /** The shared screen of the console's meeting while it runs or after it finished; null otherwise. */
  screen: ScreenContext | null;
  navigate(route: Route): void;
  openHelp(): void;
  closeHelp(): void;
  openPrepare(): void;
  /** Asks whether to pass the current gate without a decision. */
  confirmGateOverride(leaving: 'next' | 'finish'): void;
  requestFocus(target: FocusTarget): void;
  undoDelete(): void;
  runTimer(action: TimerAction): void;
  extendTimer(seconds: number): void;
  openAudience(meetingId: string): void;
  openExport(meetingId: string): void;
  focusScreen(focus: ScreenFocus | null): void;
  turnReadbackPage(page: number): void;
}

/** A modal is open: the page behind it takes no shortcuts. */
const overlayOpen = (context: AppContext) => context.helpOpen || context.exportOpen || context.prepareOpen || context.gateConfirmOpen;
/** The facilitator console: the only screen whose keys drive the clock (the audience screen has no controls). */
const onConsole = (context: AppContext) => !overlayOpen(context) && context.route.name === 'meeting';
const onAudience = (context: AppContext) => context.route.name === 'audience';
const clockIn = (context: AppContext, ...statuses: ClockStatus[]) =>
  onConsole(context) && context.clock !== null && context.clock.sectionCount > 0 && statuses.includes(context.clock.status);

export const newMeetingCommand: Command<AppContext> = {
  ...COMMANDS.newMeeting,
  enabled: (context) => !overlayOpen(context) && !onAudience(context),
  perform(context) {
    if (context.route.name !== 'library') context.navigate({ name: 'library' });
    context.requestFocus('new-meeting');
  },
};

export const quickAddCommand: Command<AppContext> = {
  ...COMMANDS.quickAdd,
  enabled: onConsole,
  perform: (context) => context.requestFocus('quick-add'),
};

export const searchLibraryCommand: Command<AppContext> = {
  ...COMMANDS.searchLibrary,
  enabled: (context) => !overlayOpen(context) && context.route.name === 'library',
  perform: (context) => context.requestFocus('library-search'),
};

export const libraryCommand: Command<AppContext> = {
  ...COMMANDS.library,
  enabled: (context) => !overlayOpen(context) && context.route.name === 'meeting',
  perform: (context) => context.navigate({ name: 'library' }),
};

export const undoDeleteCommand: Command<AppContext> = {
  ...COMMANDS.undoDelete,
  // The Prepare drawer is not modal: a section removed there is taken back from there too.
  enabled: (context) => !(context.helpOpen || context.exportOpen || context.gateConfirmOpen) && context.canUndoDelete && !onAudience(context),
  perform: (context) => context.undoDelete(),
};

export const startPauseCommand: Command<AppContext> = {
  ...COMMANDS.startPause,
  enabled: (context) => clockIn(context, 'not_started', 'running', 'paused', 'finished'),
  perform: (context) => context.runTimer(context.clock?.status === 'running' ? 'pause' : 'start'),
};

const stepping = (context: AppContext) => context.clock?.stepping === true;

export const nextSectionCommand: Command<AppContext> = {
  ...COMMANDS.nextSection,
  enabled: (context) => clockIn(context, 'not_started', 'running', 'paused') && !stepping(context),
  perform: (context) => (context.clock?.gateHeld ? context.confirmGateOverride('next') : context.runTimer('next')),
  notWhileScrolling: true,
};

export const previousSectionCommand: Command<AppContext> = {
  ...COMMANDS.previousSection,
  enabled: (context) =>
    !stepping(context) && (clockIn(context, 'finished') || (clockIn(context, 'running', 'paused') && (context.clock?.currentIndex ?? 0) > 0)),
  perform: (context) => context.runTimer('previous'),
  notWhileScrolling: true,
};

export const prepareCommand: Command<AppContext> = {
  ...COMMANDS.prepare,
  enabled: onConsole,
  perform: (context) => context.openPrepare(),
};

export const extendOneCommand: Command<AppContext> = {
  ...COMMANDS.extendOne,
  enabled: (context) => clockIn(context, 'running', 'paused'),
  perform: (context) => context.extendTimer(60),
};

export const shortenOneCommand: Command<AppContext> = {
  ...COMMANDS.shortenOne,
  enabled: (context) => clockIn(context, 'running', 'paused'),
  perform: (context) => context.extendTimer(-60),
};

export const extendFiveCommand: Command<AppContext> = {
  ...COMMANDS.extendFive,
  enabled: (context) => clockIn(context, 'running', 'paused'),
  perform: (context) => context.extendTimer(300),
};

export const restartSectionCommand: Command<AppContext> = {
  ...COMMANDS.restartSection,
  enabled: (context) => clockIn(context, 'running', 'paused'),
  perform: (context) => context.runTimer('restartSection'),
};

export const finishMeetingCommand: Command<AppContext> = {
  ...COMMANDS.finishMeeting,
  enabled: (context) => clockIn(context, 'running', 'paused'),
  perform: (context) => (context.clock?.gateHeld ? context.confirmGateOverride('finish') : context.runTimer('finish')),
};

export const openAudienceCommand: Command<AppContext> = {
  ...COMMANDS.openAudience,
  enabled: onConsole,
  perform(context) {
    if (context.route.name === 'meeting') context.openAudience(context.route.meetingId);
  },
};

export const exportReportCommand: Command<AppContext> = {
  ...COMMANDS.exportReport,
  enabled: onConsole,
  perform(context) {
    if (context.route.name === 'meeting') context.openExport(context.route.meetingId);
  },
  whileTyping: true,
};

export const helpCommand: Command<AppContext> = {
  ...COMMANDS.help,
  enabled: (context) => !overlayOpen(context) && !onAudience(context),
  perform: (context) => context.openHelp(),
};

export const closeCommand: Command<AppContext> = {
  ...COMMANDS.close,
  enabled: (context) => context.helpOpen,
  perform: (context) => context.closeHelp(),
};

const screenOnConsole = (context: AppContext) => (onConsole(context) ? context.screen : null);

const stepFocus = (step: 1 | -1) => (context: AppContext) => {
  const screen = context.screen;
  if (screen) context.focusScreen(steppedFocus(screen.targets, screen.focus, step));
};

export const screenNextCommand: Command<AppContext> = {
  ...COMMANDS.screenNext,
  enabled: (context) => (screenOnConsole(context)?.targets.length ?? 0) > 0,
  perform: stepFocus(1),
};

export const screenPreviousCommand: Command<AppContext> = {
  ...COMMANDS.screenPrevious,
  enabled: (context) => (screenOnConsole(context)?.targets.length ?? 0) > 0,
  perform: stepFocus(-1),
};

export const screenClearCommand: Command<AppContext> = {
  ...COMMANDS.screenClear,
  enabled: (context) => screenOnConsole(context)?.focus != null,
  perform: (context) => context.focusScreen(null),
};

const turnPage = (step: 1 | -1) => (context: AppContext) => {
  const screen = context.screen;
  if (screen) context.turnReadbackPage((screen.shownPage + step + screen.pageCount) % screen.pageCount);
};

export const readbackNextCommand: Command<AppContext> = {
  ...COMMANDS.readbackNext,
  enabled: (context) => (screenOnConsole(context)?.pageCount ?? 0) > 1,
  perform: turnPage(1),
};

export const readbackPreviousCommand: Command<AppContext> = {
  ...COMMANDS.readbackPrevious,
  enabled: (context) => (screenOnConsole(context)?.pageCount ?? 0) > 1,
  perform: turnPage(-1),
};

export const appCommands = [
  startPauseCommand,
  nextSectionCommand,
  previousSectionCommand,
  extendOneCommand,
  extendFiveCommand,
  shortenOneCommand,
  restartSectionCommand,
  finishMeetingCommand,
  prepareCommand,
  openAudienceCommand,
  screenNextCommand,
  screenPreviousCommand,
  screenClearCommand,
  readbackNextCommand,
  readbackPreviousCommand,
  exportReportCommand,
  quickAddCommand,
  searchLibraryCommand,
  newMeetingCommand,
  libraryCommand,
  undoDeleteCommand,
  helpCommand,
  closeCommand,
] as const satisfies readonly Command<AppContext>[];

export const appCommandRegistry = createCommandRegistry<AppContext>(appCommands);
