import { z } from 'zod';
import type { Person, PersonUpdate } from '../domain/person.ts';
import { id, optionalText, requiredText } from './fields.ts';
import { returns, type MethodDeclarations } from './method.ts';

/** Matches an action item's owner field, since a person's name is what an owner is. */
export const PERSON_NAME_MAX = 200;
export const PERSON_EMAIL_MAX = 254;
export const JIRA_USER_MAX = 200;
export const GITHUB_LOGIN_MAX = 39;

/** GitHub's rule for user names: letters, digits and single hyphens, not at either end, at most 39 characters. */
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*$/;

/** Empty means "not known"; anything else must be an e-mail address. */
const email = optionalText(PERSON_EMAIL_MAX).refine((text) => text === '' || z.email().safeParse(text).success, {
  message: 'must be an e-mail address such as ana@example.com',
});

/** Jira Cloud takes an e-mail address or an account id; Jira Server and Data Center a user name. None has spaces. */
const jiraUser = optionalText(JIRA_USER_MAX).refine((text) => !/\s/.test(text), {
  message: 'must be a Jira e-mail address, account id or user name, without spaces',
});

const githubLogin = optionalText(GITHUB_LOGIN_MAX).refine((text) => text === '' || GITHUB_LOGIN.test(text), {
  message: `must be a GitHub login: 1 to ${GITHUB_LOGIN_MAX} letters, digits or single hyphens, not starting or ending with a hyphen`,
});

const personFields = {
  name: requiredText(PERSON_NAME_MAX),
  email,
  jiraUser,
  githubLogin,
};

export const addPersonInput = z.strictObject({
  ...personFields,
  email: email.optional(),
  jiraUser: jiraUser.optional(),
  githubLogin: githubLogin.optional(),
  /** A client-chosen id: a retried add is stored once, and undo of a delete brings back the same person. */
  id: id.optional(),
});

export const updatePersonInput = z.strictObject({ id, patch: z.strictObject(personFields).partial() });
export const personIdInput = z.strictObject({ id });

// The directory holds people's e-mail addresses: it is the facilitator's, not a joined note-taker's.
const facilitatorOnly = { access: 'refused', because: 'the people directory is kept by the facilitator' } as const;

export const peopleMethods = {
  /** Everyone in the directory, by name. */
  'people.list': { input: z.strictObject({}), result: returns<Person[]>(), resend: 'read', noteTaker: facilitatorOnly },
  /** Refused with a conflict when the name is taken, ignoring case. */
  'people.add': { input: addPersonInput, result: returns<Person>(), resend: 'with-id', noteTaker: facilitatorOnly },
  /**
   * A rename renames the owner of every action item that named the person by the old name (ignoring case), in the
   * same transaction, except in published reviews, whose report is read-only; the answer counts both.
   */
  /** A new name renames the owner of items in draft and in-review reviews; in review, that edit is recorded. */
  'people.update': { input: updatePersonInput, result: returns<PersonUpdate>(), resend: 'always', noteTaker: facilitatorOnly, reportContent: true },
  /** Action items keep their owner's name; it is no longer mapped to a tracker identity. */
  'people.delete': { input: personIdInput, result: returns<{ id: string }>(), resend: 'always', noteTaker: facilitatorOnly },
} as const satisfies MethodDeclarations;
