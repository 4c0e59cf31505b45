import type { LoadState } from '../meeting-collection.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { CHANGED_ENTITIES } from '../../../shared/api/events.ts';
import type { MeetingPatch } from '../../../shared/api/meetings.ts';
import type { MeetingArchive } from '../../../shared/archive/meeting-archive.ts';
import type { EarlierOpenItem } from '../../../shared/domain/actions.ts';
import type { Meeting, MeetingSummary, ServiceNameUse, Severity } from '../../../shared/domain/meeting.ts';
import { checkInput } from '../../api/check-input.ts';
import type { ApiClient, ClientEvent } from '../../api/client.ts';
import { toFormError } from '../../api/field-errors.ts';
import { newId } from '../../api/new-id.ts';
import { failed, succeeded, type ActionResult } from '../action-result.ts';
import { coalescedRefetch } from '../coalesced-refetch.ts';
import { createDomainStore } from '../create-domain-store.ts';
import { followMeeting } from '../follow-meeting.ts';
import { withoutKey } from '../records.ts';
import { errorMessage } from '../../../shared/error-message.ts';
import type { UndoStack } from '../undo-stack.ts';

export type MeetingFormField = 'title' | 'incidentId' | 'severity';

export const MEETING_FORM_FIELDS: Readonly<Record<string, MeetingFormField>> = {
  title: 'title',
  incidentId: 'incidentId',
  severity: 'severity',
};

export interface NewMeeting {
  title: string;
  incidentId: string;
  severity: Severity | null;
  timeZone: string;
}

/** Why a meeting could not be shown: gone (deleted or a wrong link) or not loaded because of an error. */
export interface MeetingProblem {
  notFound: boolean;
  message: string;
}

export interface MeetingsState {
  summaries: MeetingSummary[];
  listState: LoadState;
  listError: string | null;
  /** The meetings this window has open, by id, as the database has them. */
  meetings: Record<string, Meeting>;
  problems: Record<string, MeetingProblem>;
  loadList(): Promise<void>;
  openMeeting(id: string): Promise<void>;
  createMeeting(fields: NewMeeting): Promise<ActionResult<MeetingFormField, Meeting>>;
  /** Stores the patch and keeps the meeting as stored; a refusal is thrown for the caller to place by field. */
  updateMeeting(id: string, patch: MeetingPatch): Promise<Meeting>;
  /** Opens an archive (its JSON text) as a new meeting; the server's refusal is thrown as it is. */
  importArchive(text: string): Promise<Meeting>;
  /** The whole meeting as an archive, for the export preview. */
  exportArchive(meetingId: string): Promise<MeetingArchive>;
  /** The items still open from earlier incidents on the meeting's services (its report's backlog check). */
  openFromEarlier(meetingId: string): Promise<EarlierOpenItem[]>;
  /**
   * Deletes a meeting after keeping its JSON archive (taken just before), and offers the undo on the window's one
   * undo stack: undoing restores the archive as the same meeting, same ids. A refusal is thrown.
   */
  deleteMeeting(id: string): Promise<void>;
  /** Calls `onChange` after any change to the meeting, from any window; returns the unsubscribe. */
  watchMeeting(meetingId: string, onChange: () => void): () => void;
  /** Service names used as affected in the stored meetings, most used first: what a services field offers. */
  serviceNames: ServiceNameUse[];
  /** Reads the service names again; on failure the last list stays (it is only a suggestion). */
  loadServiceNames(): Promise<void>;
}

const describe = (error: unknown) => errorMessage(error, 'Something went wrong.');

export function createMeetingsStore(client: ApiClient, undo: UndoStack) {
  return createDomainStore<MeetingsState>((set, get) => {
    const fetchList = coalescedRefetch(async () => {
      try {
        const summaries = await client.call('meetings.list', {});
        set({ summaries, listState: 'ready', listError: null });
      } catch (error) {
        set({ listState: 'error', listError: describe(error) });
      }
    });

    const fetchMeeting = async (id: string) => {
      try {
        const meeting = await client.call('meetings.get', { id });
        set((state) => ({ meetings: { ...state.meetings, [id]: meeting }, problems: withoutKey(state.problems, id) }));
      } catch (error) {
        const notFound = error instanceof ApiError && error.code === 'not_found';
        set((state) => ({
          meetings: notFound ? withoutKey(state.meetings, id) : state.meetings,
          problems: { ...state.problems, [id]: { notFound, message: describe(error) } },
        }));
      }
    };

    const onEvent = (event: ClientEvent) => {
      if (event.event === 'command') return;
      const { listState, meetings } = get();
      if (listState !== 'idle') void fetchList();
      if (event.event === 'resync') {
        for (const id of Object.keys(meetings)) void fetchMeeting(id);
        return;
      }
      const change = event.payload;
      if (change.entity === 'meeting' && Object.hasOwn(meetings, change.meetingId)) void fetchMeeting(change.meetingId);
    };
    client.subscribe(onEvent);

    return {
      summaries: [],
      serviceNames: [],

      async loadServiceNames() {
        try {
          set({ serviceNames: await client.call('meetings.services', {}) });
        } catch {
          // Suggestions only: any name can still be typed.
        }
      },
      listState: 'idle',
      listError: null,
      meetings: {},
      problems: {},

      async loadList() {
        if (get().listState === 'idle') set({ listState: 'loading' });
        await fetchList();
      },

      openMeeting: fetchMeeting,

      async createMeeting(fields) {
        const input = {
          id: newId(),
          title: fields.title,
          incidentId: fields.incidentId,
          severity: fields.severity,
          timeZone: fields.timeZone,
        };
        const invalid = checkInput('meetings.create', input);
        if (invalid) return failed(toFormError(invalid, MEETING_FORM_FIELDS));
        try {
          const meeting = await client.call('meetings.create', input);
          set((state) => ({ meetings: { ...state.meetings, [meeting.id]: meeting } }));
          await fetchList();
          return succeeded(meeting);
        } catch (error) {
          return failed(toFormError(error, MEETING_FORM_FIELDS));
        }
      },

      async updateMeeting(id, patch) {
        const meeting = await client.call('meetings.update', { id, patch });
        set((state) => ({ meetings: { ...state.meetings, [meeting.id]: meeting } }));
        return meeting;
      },

      async importArchive(text) {
        const meeting = await client.call('archive.import', { archive: text });
        void fetchList();
        return meeting;
      },

      exportArchive: (meetingId) => client.call('archive.export', { meetingId }),
      openFromEarlier: (meetingId) => client.call('actions.openFromEarlier', { meetingId }),

      async deleteMeeting(id) {
        const title = get().meetings[id]?.title ?? get().summaries.find((summary) => summary.id === id)?.title ?? 'the meeting';
        await client.call('meetings.delete', { id });
        set((state) => ({ meetings: withoutKey(state.meetings, id), summaries: state.summaries.filter((summary) => summary.id !== id) }));
        void fetchList();
        undo.getState().push({
          verb: 'Deleted the meeting',
          text: title,
          list: 'meetings',
          restore: () => {
            void client
              .call('meetings.restore', { id })
              .then(() => fetchList())
              .catch((error: unknown) => set({ listError: `The meeting could not be restored: ${describe(error)}`, listState: 'error' }));
          },
        });
      },

      watchMeeting: (meetingId, onChange) =>
        followMeeting(client, {
          meetingId: () => meetingId,
          entities: CHANGED_ENTITIES,
          onChange,
          onResync: (caughtUp) => {
            if (!caughtUp) onChange();
          },
        }),
    };
  });
}
