import type { Database } from 'better-sqlite3';
import type { AgendaSection, AgendaState, TimerState } from '../../shared/domain/agenda.ts';
import type { ClockState } from '../../shared/timer/transitions.ts';
import { listSections, saveSectionClock } from '../db/repositories/agenda-sections.ts';
import { readSharedScreen } from '../db/repositories/shared-screens.ts';
import { readTimerState, saveTimerState } from '../db/repositories/timer-states.ts';
import { requireMeeting } from './required-rows.ts';

/** Everything a screen needs about one meeting's agenda, stamped with the service clock. */
export function readAgendaState(db: Database, meetingId: string, serverNow: number): AgendaState {
  const meeting = requireMeeting(db, meetingId);
  return {
    meetingId,
    revision: meeting.revision,
    templateId: meeting.templateId,
    sections: listSections(db, meetingId),
    timer: readTimerState(db, meetingId),
    screen: readSharedScreen(db, meetingId),
    serverNow,
  };
}

export function readClock(db: Database, meetingId: string): ClockState {
  return { sections: listSections(db, meetingId), timer: readTimerState(db, meetingId) };
}

function sectionClockChanged(before: AgendaSection, after: AgendaSection): boolean {
  return (
    before.extensionSeconds !== after.extensionSeconds ||
    before.elapsedMs !== after.elapsedMs ||
    before.startedAt !== after.startedAt ||
    before.endedAt !== after.endedAt
  );
}

function timerChanged(before: TimerState, after: TimerState): boolean {
  return (
    before.currentSectionId !== after.currentSectionId ||
    before.runningSince !== after.runningSince ||
    before.meetingStartedAt !== after.meetingStartedAt ||
    before.meetingEndedAt !== after.meetingEndedAt ||
    before.soundEnabled !== after.soundEnabled
  );
}

/**
 * Writes what a timer transition changed: the sections whose clock moved and the timer row (created on its first
 * change). Sections present on only one side are the caller's business. Returns whether anything was written.
 */
export function persistClock(db: Database, before: ClockState, after: ClockState): boolean {
  const previous = new Map(before.sections.map((section) => [section.id, section]));
  let changed = false;
  for (const section of after.sections) {
    const old = previous.get(section.id);
    if (old && sectionClockChanged(old, section)) {
      saveSectionClock(db, section);
      changed = true;
    }
  }
  if (timerChanged(before.timer, after.timer)) {
    saveTimerState(db, after.timer);
    changed = true;
  }
  return changed;
}
