import type { Person } from '../../../shared/domain/person.ts';
import { EXIT_OK, stringFlag, type Command } from '../command.ts';
import { cellText, formatTable } from '../format-table.ts';
import { printApiError } from '../print-error.ts';

const WIDTH = 40;

/** The directory as a table: one person a line, "-" where an identity is not known. */
export function peopleText(people: readonly Person[]): string {
  if (people.length === 0) return 'The people directory is empty.';
  const cell = (text: string) => (text === '' ? '-' : cellText(text, WIDTH));
  return formatTable(
    ['NAME', 'E-MAIL', 'JIRA USER', 'GITHUB LOGIN'],
    people.map((person) => [cell(person.name), cell(person.email), cell(person.jiraUser), cell(person.githubLogin)]),
  );
}

export const peopleCommand: Command = {
  name: 'people',
  database: 'write',
  summary: 'List the people directory, or add a person with their tracker identities',
  usage: '[--add NAME [--email ADDRESS] [--jira USER] [--github LOGIN]]',
  flagHelp: [
    '--add NAME          adds a person (names are unique ignoring case), then lists the directory',
    '--email ADDRESS     their e-mail; Jira exports use it when there is no Jira user',
    "--jira USER         their Jira user (e-mail address, account id or user name): the Jira CSV's Assignee",
    "--github LOGIN      their GitHub login: the GitHub script's --assignee",
  ],
  options: {
    add: { type: 'string' },
    email: { type: 'string' },
    jira: { type: 'string' },
    github: { type: 'string' },
  },
  async run(context) {
    const name = stringFlag(context.values, 'add');
    const identities = {
      email: stringFlag(context.values, 'email'),
      jiraUser: stringFlag(context.values, 'jira'),
      githubLogin: stringFlag(context.values, 'github'),
    };
    if (name === undefined && Object.values(identities).some((value) => value !== undefined)) {
      return context.usageError('--email, --jira and --github go with --add NAME');
    }
    const api = await context.api();
    if (name !== undefined) {
      const added = api.call('people.add', {
        name,
        ...(identities.email === undefined ? {} : { email: identities.email }),
        ...(identities.jiraUser === undefined ? {} : { jiraUser: identities.jiraUser }),
        ...(identities.githubLogin === undefined ? {} : { githubLogin: identities.githubLogin }),
      });
      if (!added.ok) return printApiError(context, added.error);
    }
    const listed = api.call('people.list', {});
    if (!listed.ok) return printApiError(context, listed.error);
    context.out(context.json ? JSON.stringify(listed.result, null, 2) : peopleText(listed.result));
    return EXIT_OK;
  },
};
