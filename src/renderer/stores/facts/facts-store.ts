import type { MeetingPatch } from '../../../shared/api/meetings.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { checkInput } from '../../api/check-input.ts';
import { formFieldFor, messageWithoutField } from '../../api/field-errors.ts';
import { isLastingFailure } from '../../api/lasting-failure.ts';
import { createDomainStore } from '../create-domain-store.ts';
import { withoutKey } from '../records.ts';
import { FACT_FIELDS, factText, parseFact, type FactField } from '../../views/facts/fact-fields.ts';
import { errorMessage } from '../../../shared/error-message.ts';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

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
  current(): Meeting | undefined;
  /** Stores the patch and keeps the meeting as stored (see meetings-store.ts). */
  update(patch: MeetingPatch): Promise<Meeting>;
  /** How long typing must pause before a save. */
  delayMs: number;
  /** How long to wait before trying again after a failure that was not the input's fault. */
  retryMs: number;
}

const FIELD_NAMES: Readonly<Record<string, FactField>> = Object.fromEntries(FACT_FIELDS.map((field) => [field, field]));

/**
 * Saves incident facts as they are typed: a pause in typing (or leaving the field) sends every changed field in one
 * `meetings.update`. A refused field keeps its text and shows why; a lost connection keeps everything and retries;
 * a full disk, a read-only or a damaged file keeps everything and says so, without retrying on a timer.
 */
export function createFactsAutosave(deps: FactsAutosaveDeps) {
  return createDomainStore<FactsState>((set, get) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running: Promise<void> | null = null;
    let askedAgain = false;
    let disposed = false;

    const schedule = (delay: number) => {
      clearTimeout(timer);
      if (!disposed) timer = setTimeout(() => void get().flush(), delay);
    };

    const saveOnce = async () => {
      const meeting = deps.current();
      const drafts = get().drafts;
      if (!meeting || Object.keys(drafts).length === 0) return;
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
      try {
        const saved = await deps.update(patch);
        set((state) => {
          let remaining = state.drafts;
          // Text typed while the save was on its way is newer: it stays a draft for the next save.
          for (const [field, text] of Object.entries(sent) as [FactField, string][]) {
            if (remaining[field] === text || factText(saved, field) === remaining[field]) remaining = withoutKey(remaining, field);
          }
          const pending = Object.keys(remaining).some((field) => !Object.hasOwn(errors, field));
          return { drafts: remaining, errors, save: Object.keys(errors).length > 0 ? 'error' : pending ? 'pending' : 'saved', saveMessage: null };
        });
      } catch (error) {
        const field = error instanceof ApiError ? formFieldFor(error.field, FIELD_NAMES) : null;
        if (field && error instanceof ApiError) {
          set({ errors: { ...errors, [field]: messageWithoutField(error.message, error.field) }, save: 'error', saveMessage: null });
          return;
        }
        if (isLastingFailure(error) && error instanceof Error) {
          // A full disk or a damaged file does not mend itself: say so, and save again on the next edit.
          set({ errors, save: 'error', saveMessage: error.message });
          return;
        }
        set({ errors, save: 'error', saveMessage: `Not saved yet (${errorMessage(error, 'unknown error')}); trying again.` });
        schedule(deps.retryMs);
      }
    };

    return {
      drafts: {},
      errors: {},
      save: 'saved',
      saveMessage: null,

      edit(field, text) {
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
