/** One person in the directory (issue 15, "People across reviews"): who owns actions or takes part, across reviews. */
export interface Person {
  id: string;
  /** Unique ignoring case; what action items name as their owner. */
  name: string;
  /** Each empty when not known. */
  email: string;
  /** Jira's user: the e-mail address or account id Jira's importer takes as Assignee. */
  jiraUser: string;
  /** GitHub login, as `gh issue create --assignee` takes it. */
  githubLogin: string;
  createdAt: number;
  updatedAt: number;
}

/** What people.update answers: the person as stored, and what a rename did to action items' owners. */
export interface PersonUpdate {
  person: Person;
  /** Action items whose owner was the old name, now the new one. */
  ownersRenamed: number;
  /** Items of published reviews, whose report is read-only, that keep the old name until the review is reopened. */
  ownersKept: number;
}

/**
 * The key two names are compared by: letters of any script folded to lower case, so "Ana Lima" and "ana lima" are one
 * person. (The table's NOCASE index folds only A–Z; the service checks this stricter rule before writing.)
 */
export function personNameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return personNameKey(a) === personNameKey(b);
}
