import type { z } from 'zod';
import type { ActionItem } from '../domain/actions.ts';
import type { AgendaState, AgendaTemplate } from '../domain/agenda.ts';
import type { Meeting, MeetingSummary } from '../domain/meeting.ts';
import type { Participant } from '../domain/participant.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import {
  actionCheckInput,
  actionIdInput,
  addActionInput,
  listActionsInput,
  moveActionInput,
  updateActionInput,
} from './actions.ts';
import {
  addSectionInput,
  applyTemplateInput,
  decideSectionInput,
  extendTimerInput,
  listTemplatesInput,
  meetingAgendaInput,
  moveSectionInput,
  saveTemplateInput,
  sectionIdInput,
  templateIdInput,
  timerSoundInput,
  updateSectionInput,
} from './agenda.ts';
import {
  createMeetingInput,
  listMeetingsInput,
  meetingIdInput,
  updateMeetingInput,
} from './meetings.ts';
import {
  addParticipantInput,
  listParticipantsInput,
  participantIdInput,
  updateParticipantInput,
} from './participants.ts';
import {
  addTimelineEventInput,
  listTimelineInput,
  timelineEventIdInput,
  updateTimelineEventInput,
} from './timeline.ts';
import { importTimelineInput } from './timeline-import.ts';

import type { Conflict } from '../domain/conflicts.ts';
import type { Note } from '../domain/notes.ts';
import type { DeletedWhys, Why } from '../domain/whys.ts';
import { addConflictInput, conflictIdInput, listConflictsInput, updateConflictInput } from './conflicts.ts';
import { addNoteInput, listNotesInput, noteIdInput, updateNoteInput } from './notes.ts';
import { addWhyInput, listWhysInput, updateWhyInput, whyIdInput } from './whys.ts';
import type { MeetingArchive } from '../archive/meeting-archive.ts';
import { exportArchiveInput, importArchiveInput } from './archive.ts';
import { changesSinceInput, type ChangesSince } from './changes.ts';
import type { JoinStatus, NetworkChoice, ViewerSession } from '../joining/joining.ts';
import { enableJoiningInput, joiningMeetingInput, noInput, removePersonInput, showOnAudienceInput } from './joining.ts';

/** The one API contract: every transport validates a call's input with the schema named here. */
export const methodInputs = {
  'meetings.create': createMeetingInput,
  'meetings.list': listMeetingsInput,
  'meetings.get': meetingIdInput,
  'meetings.update': updateMeetingInput,
  'meetings.delete': meetingIdInput,

  'timeline.list': listTimelineInput,
  'timeline.get': timelineEventIdInput,
  'timeline.add': addTimelineEventInput,
  'timeline.update': updateTimelineEventInput,
  'timeline.delete': timelineEventIdInput,
  'timeline.import': importTimelineInput,

  'whys.list': listWhysInput,
  'whys.add': addWhyInput,
  'whys.update': updateWhyInput,
  'whys.delete': whyIdInput,

  'notes.list': listNotesInput,
  'notes.add': addNoteInput,
  'notes.update': updateNoteInput,
  'notes.delete': noteIdInput,

  'conflicts.list': listConflictsInput,
  'conflicts.add': addConflictInput,
  'conflicts.update': updateConflictInput,
  'conflicts.delete': conflictIdInput,

  'participants.list': listParticipantsInput,
  'participants.add': addParticipantInput,
  'participants.update': updateParticipantInput,
  'participants.remove': participantIdInput,

  'agenda.get': meetingAgendaInput,
  'agenda.applyTemplate': applyTemplateInput,
  'agenda.addSection': addSectionInput,
  'agenda.updateSection': updateSectionInput,
  'agenda.removeSection': sectionIdInput,
  'agenda.moveSection': moveSectionInput,
  'agenda.decide': decideSectionInput,

  'timer.start': meetingAgendaInput,
  'timer.pause': meetingAgendaInput,
  'timer.next': meetingAgendaInput,
  'timer.previous': meetingAgendaInput,
  'timer.extend': extendTimerInput,
  'timer.restartSection': meetingAgendaInput,
  'timer.finish': meetingAgendaInput,
  'timer.setSound': timerSoundInput,

  'templates.list': listTemplatesInput,
  'templates.saveFromMeeting': saveTemplateInput,
  'templates.delete': templateIdInput,

  'actions.list': listActionsInput,
  'actions.add': addActionInput,
  'actions.update': updateActionInput,
  'actions.delete': actionIdInput,
  'actions.move': moveActionInput,
  'actions.listDismissedChecks': listActionsInput,
  'actions.dismissCheck': actionCheckInput,
  'actions.restoreCheck': actionCheckInput,

  'archive.export': exportArchiveInput,
  'archive.import': importArchiveInput,

  'session.me': noInput,
  'changes.since': changesSinceInput,

  'joining.networks': noInput,
  'joining.get': joiningMeetingInput,
  'joining.enable': enableJoiningInput,
  'joining.disable': joiningMeetingInput,
  'joining.rotateCode': joiningMeetingInput,
  'joining.removePerson': removePersonInput,
  'joining.showOnAudience': showOnAudienceInput,
} as const;

export interface Deleted {
  id: string;
  meetingId: string;
  revision: number;
}

/** What each method resolves to. A missing or extra key here is a compile error (see MethodsAgree below). */
export interface MethodResults {
  'meetings.create': Meeting;
  'meetings.list': MeetingSummary[];
  'meetings.get': Meeting;
  'meetings.update': Meeting;
  'meetings.delete': Deleted;

  'timeline.list': TimelineEvent[];
  /** One event, so a window can apply a pushed change without fetching the whole timeline. */
  'timeline.get': TimelineEvent;
  'timeline.add': TimelineEvent;
  'timeline.update': TimelineEvent;
  'timeline.delete': Deleted;
  /** All or nothing, in one transaction; the events in display order of the import. */
  'timeline.import': { count: number; events: TimelineEvent[] };

  'whys.list': Why[];
  'whys.add': Why;
  'whys.update': Why;
  /** The node and its whole subtree; `removed` lists them parents first, so undo can add them back with the same ids. */
  'whys.delete': DeletedWhys;

  'notes.list': Note[];
  'notes.add': Note;
  'notes.update': Note;
  'notes.delete': Deleted;

  'conflicts.list': Conflict[];
  'conflicts.add': Conflict;
  'conflicts.update': Conflict;
  'conflicts.delete': Deleted;

  'participants.list': Participant[];
  'participants.add': Participant;
  'participants.update': Participant;
  'participants.remove': Deleted;

  'agenda.get': AgendaState;
  'agenda.applyTemplate': AgendaState;
  'agenda.addSection': AgendaState;
  'agenda.updateSection': AgendaState;
  'agenda.removeSection': AgendaState;
  'agenda.moveSection': AgendaState;
  'agenda.decide': AgendaState;

  /** Starts the meeting at the first section, or resumes a paused clock. */
  'timer.start': AgendaState;
  'timer.pause': AgendaState;
  /** Moves to the next section (the clock keeps its running or paused state); past the last one it finishes. */
  'timer.next': AgendaState;
  /** Goes back one section, e.g. to undo an accidental advance; that section's time carries on from where it was. */
  'timer.previous': AgendaState;
  'timer.extend': AgendaState;
  'timer.restartSection': AgendaState;
  'timer.finish': AgendaState;
  'timer.setSound': AgendaState;

  'templates.list': AgendaTemplate[];
  'templates.saveFromMeeting': AgendaTemplate;
  'templates.delete': { id: string };

  'actions.list': ActionItem[];
  'actions.add': ActionItem;
  'actions.update': ActionItem;
  'actions.delete': Deleted;
  /** The meeting's items in their new order. */
  'actions.move': ActionItem[];
  /** The keys of the action-item checks cleared in the meeting (see src/shared/actions/checks.ts). */
  'actions.listDismissedChecks': string[];
  'actions.dismissCheck': string[];
  'actions.restoreCheck': string[];

  /** The whole meeting as one document: saved as the JSON archive, and what every report layout is built from. */
  'archive.export': MeetingArchive;
  /** A new meeting holding everything in the archive, with new ids. */
  'archive.import': Meeting;

  /** Who this window is: the facilitator (the laptop itself) or a paired note-taker, whose calls are limited. */
  'session.me': ViewerSession;
  /** What a window that lost its connection missed, so it catches up without reading everything again. */
  'changes.since': ChangesSince;

  /** This machine's network addresses the join server can listen on, loopback included. */
  'joining.networks': NetworkChoice[];
  'joining.get': JoinStatus;
  /** Starts listening on the chosen address; the status says 'starting' and a 'joining' change follows. */
  'joining.enable': JoinStatus;
  /** Stops the join server and disconnects every note-taker. */
  'joining.disable': JoinStatus;
  /** A new pairing code; people already joined stay. */
  'joining.rotateCode': JoinStatus;
  /** Ends that person's session and closes their connections. */
  'joining.removePerson': JoinStatus;
  'joining.showOnAudience': JoinStatus;
}

export type Method = keyof typeof methodInputs;
/** What a caller may send (defaults not yet applied). */
export type MethodInput<M extends Method> = z.input<(typeof methodInputs)[M]>;
/** What the service receives after validation. */
export type ParsedInput<M extends Method> = z.output<(typeof methodInputs)[M]>;
export type MethodResult<M extends Method> = MethodResults[M];

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const methodsAgree: Exact<Method, keyof MethodResults> = true;
void methodsAgree;

export const METHODS = Object.keys(methodInputs) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(methodInputs, name);
}

/** Implemented by the service; checked exhaustively against the contract. */
export type ApiHandlers = { [M in Method]: (input: ParsedInput<M>) => MethodResult<M> };
