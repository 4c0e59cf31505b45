import type { DirectoryPerson, ExportedAction, ExportedReview } from '../../../../src/shared/actions/tracker-export/index.ts';
import type { ActionItem } from '../../../../src/shared/domain/actions.ts';

/** A review and items built by hand, as the writers receive them; ids are UUIDs as the service makes them. */
export const REVIEW: ExportedReview = {
  id: '0b6f3c52-4c1e-4a8e-9a51-7c1f0e2d3a41',
  incidentId: 'INC-2041',
  title: 'Checkout outage',
  followUpReviewOn: '2026-12-24',
  updatedAt: Date.UTC(2026, 10, 21, 9, 0),
};

let counter = 0;

export function actionItem(fields: Partial<ActionItem>): ActionItem {
  counter += 1;
  return {
    id: `5d2e8f10-1a2b-4c3d-8e9f-${String(counter).padStart(12, '0')}`,
    meetingId: REVIEW.id,
    position: counter,
    title: 'Add an alert on card payment errors',
    owner: 'Ana Lima',
    dueOn: '2026-12-01',
    priority: 'P1',
    horizon: 'short_term',
    category: 'monitoring',
    status: 'open',
    whyId: null,
    noteId: null,
    author: '',
    createdAt: Date.UTC(2026, 10, 20, 15, 0),
    updatedAt: Date.UTC(2026, 10, 20, 15, 30),
    ...fields,
  };
}

export function exported(fields: Partial<ActionItem>, addresses: string | null = null, review: ExportedReview = REVIEW): ExportedAction {
  return { item: actionItem({ meetingId: review.id, ...fields }), review, addresses };
}

/** Text a tracker, a shell or a spreadsheet could misread. */
export const HOSTILE_TITLES = [
  'Fix "quoted", comma, and; semicolon',
  'Line one\nline two\r\nline three',
  '=HYPERLINK("http://evil.example","click")',
  '$(touch /tmp/pwned) and `touch /tmp/pwned` and ${HOME}',
  "It's Ana's item: '\\'' here",
  '-rf --help leading dash',
  'فحص الدفع \u202Eevil\u202C — 支払い ✓',
] as const;

/** A person of the directory with only the identities given. */
export function person(name: string, identities: Partial<Omit<DirectoryPerson, 'name'>> = {}): DirectoryPerson {
  return { name, email: '', jiraUser: '', githubLogin: '', ...identities };
}
