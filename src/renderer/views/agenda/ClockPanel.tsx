import { isMac } from '../../commands/platform.ts';
import { useId, type ReactNode } from 'react';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { currentAppContext, performCommand } from '../../app/app-context.ts';
import { agendaStore, useAgenda, useUi } from '../../app/services.ts';
import {
  extendFiveCommand,
  extendOneCommand,
  finishMeetingCommand,
  nextSectionCommand,
  previousSectionCommand,
  restartSectionCommand,
  shortenOneCommand,
  startPauseCommand,
} from '../../commands/app-commands.ts';
import type { Command } from '../../commands/registry.ts';
import type { AppContext } from '../../commands/app-commands.ts';
import { shortcutLabel } from '../../commands/shortcut.ts';
import { clockDisplay } from '../../timer/clock-display.ts';
import type { ClockReading } from '../../timer/use-clock.ts';
import { SECTION_KIND_LABELS } from './section-labels.ts';

interface CommandButtonProps {
  command: Command<AppContext>;
  context: AppContext;
  children: ReactNode;
  className?: string;
  /** Spoken name when the visible text is only a symbol or too short to say what the button does; otherwise the text is the name. */
  label?: string;
}

/** A button that performs a registry command, so a click, the key and the menu do exactly the same. */
function CommandButton({ command, context, children, className, label }: CommandButtonProps) {
  const shortcut = command.shortcuts[0];
  const hint = shortcut ? `${label ?? command.label} (${shortcutLabel(shortcut, isMac)})` : (label ?? command.label);
  return (
    <button
      type="button"
      className={['button', className].filter(Boolean).join(' ')}
      disabled={!command.enabled(context)}
      onClick={() => performCommand(command)}
      title={hint}
      aria-label={label}
      aria-keyshortcuts={command.shortcuts.join(' ') || undefined}
    >
      {children}
    </button>
  );
}

/** The current section and its big clock, with the controls. */
export function ClockPanel({ meeting, reading }: { meeting: Meeting; reading: ClockReading }) {
  const { agenda, view } = reading;
  const actionError = useAgenda((state) => state.actionError);
  // The buttons' enabled state is read from the command context: re-render when what it depends on changes.
  useAgenda((state) => state.stepping);
  useUi((state) => state.helpOpen || state.prepareOpen || state.gateConfirmOpen);
  const soundId = useId();
  const first = agenda.sections[0] ?? null;
  const display = clockDisplay(view, first?.plannedSeconds ?? null);
  const section = view.current ?? (view.status === 'not_started' ? first : null);
  const context = currentAppContext();
  const running = view.status === 'running';
  const startLabel = view.status === 'not_started' ? 'Start meeting' : view.status === 'finished' ? 'Reopen' : running ? 'Pause' : 'Resume';

  return (
    <section className={`panel clock-panel clock-panel--${display.level}`} aria-labelledby="current-section-title" data-status={view.status}>
      <div className="clock-panel__heading">
        <p className="clock-panel__eyebrow">
          {view.status === 'not_started'
            ? 'First up'
            : view.status === 'finished'
              ? 'Meeting finished'
              : `Section ${view.currentIndex + 1} of ${agenda.sections.length}`}
          {section ? <span className="kind-tag">{SECTION_KIND_LABELS[section.kind]}</span> : null}
          <span className={`status-tag status-tag--${view.status}`} data-testid="clock-status">
            {display.statusLabel}
          </span>
        </p>
        <h2 id="current-section-title" className="clock-panel__title" data-testid="current-section-title" dir="auto">
          {section ? section.title : view.status === 'finished' ? meeting.title : 'The agenda is empty'}
        </h2>
      </div>

      <div className="clock-panel__clock">
        <p className="big-clock" data-level={display.level} data-testid="console-clock" aria-live="off">
          <span className="big-clock__time">{display.time}</span>
          <span className="big-clock__caption">{display.caption}</span>
        </p>
        <div
          className="clock-progress"
          role="progressbar"
          aria-label="Share of the section's time used"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(display.progress * 100)}
        >
          <span className="clock-progress__bar" style={{ width: `${display.progress * 100}%` }} />
        </div>
        <label className="switch" htmlFor={soundId}>
          <input
            id={soundId}
            type="checkbox"
            role="switch"
            checked={agenda.timer.soundEnabled}
            onChange={(event) => void agendaStore.getState().setSound(event.target.checked)}
          />
          Chime at the end of a section
        </label>
      </div>

      <div className="clock-controls" role="group" aria-label="Timer controls">
        <CommandButton command={startPauseCommand} context={context} className="button--primary clock-controls__main">
          {startLabel} <kbd aria-hidden="true">Space</kbd>
        </CommandButton>
        <CommandButton command={previousSectionCommand} context={context} label="Previous section">
          <span aria-hidden="true">←</span> Previous
        </CommandButton>
        <CommandButton
          command={nextSectionCommand}
          context={context}
          label={
            context.clock?.gateHeld
              ? 'Next section (held: the review gate has no decision; asks before passing it)'
              : view.next || view.status === 'not_started'
                ? 'Next section'
                : 'Next section (finishes the meeting)'
          }
        >
          Next <span aria-hidden="true">→</span>
        </CommandButton>
        <span className="clock-controls__group">
          <CommandButton command={shortenOneCommand} context={context} label="Take away 1 minute">
            −1
          </CommandButton>
          <CommandButton command={extendOneCommand} context={context} label="Add 1 minute">
            +1
          </CommandButton>
          <CommandButton command={extendFiveCommand} context={context} label="Add 5 minutes">
            +5
          </CommandButton>
        </span>
        <CommandButton command={restartSectionCommand} context={context} className="button--quiet">
          Restart section
        </CommandButton>
        <CommandButton command={finishMeetingCommand} context={context} className="button--quiet" label="Finish the meeting">
          Finish
        </CommandButton>
      </div>
      {actionError ? (
        <p className="form-message clock-panel__error" role="alert">
          {actionError}{' '}
          <button type="button" className="button button--small button--quiet" onClick={() => agendaStore.getState().dismissActionError()}>
            Dismiss
          </button>
        </p>
      ) : null}
    </section>
  );
}
