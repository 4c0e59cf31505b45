import type { NoteCategory } from '../../../shared/domain/notes.ts';

/** A prompt per list, in the spirit of the seeds' questions that unlock learning. */
export const NOTE_PLACEHOLDERS: Readonly<Record<NoteCategory, string>> = {
  went_well: 'What helped? e.g. The rollback runbook worked the first time',
  could_improve: 'What slowed us down or confused us?',
  lesson: 'What do we understand now that we did not before?',
  prevention: 'How do we prevent this class of problem (runbooks, monitoring, testing, architecture, training)?',
  additional: 'Anything else worth keeping with the report',
  perspective_finding: 'A finding from this perspective',
};
