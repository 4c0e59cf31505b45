import type { MeetingPatch } from '../../../shared/api/meetings.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { checkInput } from '../../api/check-input.ts';
import type { ApiClient } from '../../api/client.ts';
import { formFieldFor, messageWithoutField } from '../../api/field-errors.ts';
import { createDomainStore } from '../create-domain-store.ts';
import { createMeetingCollection } from '../meeting-collection.ts';
import { withoutKey } from '../records.ts';
import type { UndoStack } from '../undo-stack.ts';
import { FACT_FIELDS, factText, parseFact, type FactField } from '../../views/facts/fact-fields.ts';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

/** The meeting as the record of its incident facts: a collection of one, whose item belongs to itself. */
export type FactsRecord = Meeting & { meetingId: string };

const FIELD_NAMES: Readonly<Record<string, FactField>> = Object.fromEntries(FACT_FIELDS.map((field) => [field, field]));

const asRecord = (meeting: Meeting): FactsRecord => ({ ...meeting, meetingId: meeting.id });

/**
 * The incident facts of the meeting shown: its one record, followed through its change events (and the catch-up
 * after a reconnect) and saved with a save state, as every meeting collection is. Facts are never added or deleted
 * here: a meeting is created and deleted in the library.
 */
export function createFactsStore(client: ApiClient, undo: UndoStack) {
  const notHere = () => Promise.reject(new Error('Incident facts are part of their meeting: they are not added or deleted on their own.'));
  return createMeetingCollection<FactsRecord, FactsRecord, FactField, MeetingPatch, object>(
    client,
    undo,
    {
      entity: 'meeting',
      load: async (meetingId) => ({ items: [asRecord(await client.call('meetings.get', { id: meetingId }))] }),
      fetchOne: async (id) => asRecord(await client.call('meetings.get', { id })),
      place: (_items, record) => [record],
      add: notHere,
      checkUpdate: (id, patch) => checkInput('meetings.update', { id, patch }),
      update: async (id, patch) => asRecord(await client.call('meetings.update', { id, patch })),
      delete: notHere,
      restoreInput: (record) => record,
      deletedText: (record) => record.title,
      formFields: FIELD_NAMES,
    },
    () => ({}),
  );
}

export type FactsStore = ReturnType<typeof createFactsStore>[1];

export interface FactsState {
  /** Text typed but not yet stored, by field: what the inputs show until the database has it. */
  drafts: Partial<Record<FactField, string>>;
  /** Why a field's text was not stored, without the field's name (the form puts its label in front). */
  errors: Partial<Record<FactField, string>>;
  save: SaveState;
  /** Why the last save failed when it was not one field's fault (e.g. the connection). */
  saveMessage: string | null;
  edit(field: FactField, text: string): void;
  /** Saves what is typed now, without waiting for the pause. */
  flush(): Promise<void>;
  dispose(): void;
}

export interface FactsAutosaveDeps {
  meetingId: string;
  /** The facts store, following this meeting: it holds the record, saves it and keeps its save state. */
  facts: FactsStore;
  /** How long typing must pause before a save. */
  delayMs: number;
  /** How long to wait before trying again after a failure that was not the input's fault. */
  retryMs: number;
}

/** The meeting's facts record, while the facts store follows that meeting. */
export function factsRecord(facts: FactsStore, meetingId: string): FactsRecord | undefined {
  const state = facts.getState();
  return state.meetingId === meetingId ? state.items[0] : undefined;
}

/**
 * Saves incident facts as they are typed: a pause in typing (or leaving the field) sends every changed field in one
 * update of the facts record. A refused field keeps its text and shows why; a lost connection keeps everything and
 * retries; a full disk, a read-only or a damaged file keeps everything and says so, without retrying on a timer.
 */
export function createFactsAutosave(deps: FactsAutosaveDeps) {
  return createDomainStore<FactsState>((set, get) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running: Promise<void> | null = null;
    let askedAgain = false;
    let disposed = false;
    /** The record as last read while the facts store followed this meeting: its last save needs it after the store moves on. */
    let lastRecord: FactsRecord | undefined;

    const schedule = (delay: number) => {
      clearTimeout(timer);
      if (!disposed) timer = setTimeout(() => void get().flush(), delay);
    };

    const saveOnce = async () => {
      const meeting = (lastRecord = factsRecord(deps.facts, deps.meetingId) ?? lastRecord);
      const drafts = get().drafts;
      if (Object.keys(drafts).length === 0) return;
      // Not read yet: what was typed waits for the record.
      if (!meeting) return schedule(deps.retryMs);
      const timeZone = drafts.timeZone ?? meeting.timeZone;
      const errors: Partial<Record<FactField, string>> = {};
      const sent: Partial<Record<FactField, string>> = {};
      let patch: MeetingPatch = {};
      for (const field of FACT_FIELDS) {
        const text = drafts[field];
        if (text === undefined) continue;
        const parsed = parseFact(field, text, timeZone);
        if (!parsed.ok) errors[field] = parsed.message;
        else {
          patch = { ...patch, ...parsed.patch };
          sent[field] = text;
        }
      }
      // The contract's own schema, field by field: a bad field stays here with its reason, the rest is saved.
      for (let guard = 0; guard < FACT_FIELDS.length; guard += 1) {
        const invalid = checkInput('meetings.update', { id: meeting.id, patch });
        const field = invalid ? formFieldFor(invalid.field, FIELD_NAMES) : null;
        if (!invalid || !field) break;
        errors[field] = messageWithoutField(invalid.message, invalid.field);
        const { [field]: _dropped, ...rest } = patch;
        patch = rest;
        delete sent[field];
      }
      if (Object.keys(sent).length === 0) {
        set({ errors, save: Object.keys(errors).length > 0 ? 'error' : 'saved', saveMessage: null });
        return;
      }
      set({ save: 'saving' });
      const result = await deps.facts.getState().update(meeting.id, patch);
      if (result.ok) {
        const saved = factsRecord(deps.facts, deps.meetingId);
        set((state) => {
          let remaining = state.drafts;
          // Text typed while the save was on its way is newer: it stays a draft for the next save.
          for (const [field, text] of Object.entries(sent) as [FactField, string][]) {
            if (remaining[field] === text || (saved && factText(saved, field) === remaining[field])) remaining = withoutKey(remaining, field);
          }
          const pending = Object.keys(remaining).some((field) => !Object.hasOwn(errors, field));
          return { drafts: remaining, errors, save: Object.keys(errors).length > 0 ? 'error' : pending ? 'pending' : 'saved', saveMessage: null };
        });
        return;
      }
      const { field, message } = result.error;
      if (field) {
        set({ errors: { ...errors, [field]: message }, save: 'error', saveMessage: null });
        return;
      }
      const status = deps.facts.getState().statuses[meeting.id];
      if (status?.state === 'error' && status.lasting) {
        // A full disk or a damaged file does not mend itself: say so, and save again on the next edit.
        set({ errors, save: 'error', saveMessage: message });
        return;
      }
      set({ errors, save: 'error', saveMessage: `Not saved yet (${message}); trying again.` });
      schedule(deps.retryMs);
    };

    return {
      drafts: {},
      errors: {},
      save: 'saved',
      saveMessage: null,

      edit(field, text) {
        lastRecord = factsRecord(deps.facts, deps.meetingId) ?? lastRecord;
        set((state) => ({ drafts: { ...state.drafts, [field]: text }, errors: withoutKey(state.errors, field), save: 'pending' }));
        schedule(deps.delayMs);
      },

      flush() {
        clearTimeout(timer);
        if (running) {
          askedAgain = true;
          return running;
        }
        running = (async () => {
          do {
            askedAgain = false;
            await saveOnce();
          } while (askedAgain);
        })().finally(() => {
          running = null;
        });
        return running;
      },

      dispose() {
        disposed = true;
        clearTimeout(timer);
      },
    };
  });
}
