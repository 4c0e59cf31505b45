import type { PersonUpdate } from '../../../shared/domain/person.ts';
import { sentenceFor, type FormError } from '../../api/field-errors.ts';
import type { PersonField } from '../../stores/people/people-store.ts';

export const PERSON_FIELD_LABELS: Readonly<Record<PersonField, string>> = {
  name: 'Name',
  email: 'E-mail',
  jiraUser: 'Jira user',
  githubLogin: 'GitHub login',
};

/** The sentence to show next to `field`, if the error is about it. */
export function personFieldError(error: FormError<PersonField> | null, field: PersonField): string | null {
  if (!error || error.field !== field) return null;
  return sentenceFor(PERSON_FIELD_LABELS[field], error.message);
}

const items = (count: number) => (count === 1 ? '1 action item' : `${count} action items`);

/** What a save tells the user, above all what a rename did to the owners of action items. */
export function savedText(update: PersonUpdate, renamed: boolean): string {
  const name = update.person.name;
  if (!renamed) return `Saved ${name}.`;
  const parts = [`Renamed to ${name}.`];
  if (update.ownersRenamed > 0) parts.push(`${items(update.ownersRenamed)} now ${update.ownersRenamed === 1 ? 'names' : 'name'} ${name} as owner.`);
  if (update.ownersKept > 0) {
    parts.push(`${items(update.ownersKept)} in published reviews ${update.ownersKept === 1 ? 'keeps' : 'keep'} the old name until the review is reopened.`);
  }
  return parts.join(' ');
}
