import type { ActionCategory, ActionHorizon, ActionPriority } from '../../src/shared/domain/actions.ts';
import type { TimelinePhase } from '../../src/shared/domain/timeline.ts';
import type { CauseKind } from '../../src/shared/domain/whys.ts';

/**
 * A review the size of GitLab.com's database outage of 31 January 2017, in our own words from the public facts of its
 * post-mortem. People are named by role; the owners of the action items are invented. Long and short texts are mixed
 * on purpose: the audience screen must show both legibly.
 */

const utc = (minute: string): number => Date.parse(`${minute}:00Z`);

export const GITLAB_OUTAGE_MEETING = {
  title: 'GitLab.com database outage',
  incidentId: 'INC-2017-0131',
  severity: 'SEV1',
  timeZone: 'UTC',
  incidentStartedAt: utc('2017-01-31T18:00'),
  incidentEndedAt: utc('2017-02-01T18:14'),
  summary:
    'While fighting database load and a broken replica, an engineer deleted the data directory of the primary database instead of the ' +
    "replica's. None of the backups that should have existed could be restored, so GitLab.com was rebuilt from a six-hour-old snapshot.",
  usersAffected: 'Everyone using GitLab.com: the site was offline for about 18 hours.',
  dataLoss: 'About six hours of database changes (issues, merge requests, comments, new users); Git repositories and wikis were kept.',
  servicesAffected: ['GitLab.com', 'PostgreSQL primary (db1)', 'PostgreSQL replica (db2)'],
  followUpReviewOn: '2017-02-14',
} as const;

export interface OutageEvent {
  occurredAt: number;
  actor: string;
  phase: TimelinePhase;
  description: string;
}

/** 26 events from the evening of 31 January 2017 to the evening of 1 February, in time order. */
export const GITLAB_OUTAGE_EVENTS: readonly OutageEvent[] = [
  {
    occurredAt: utc('2017-01-31T17:20'),
    actor: 'database engineer',
    phase: 'other',
    description:
      'Took a manual LVM snapshot of the production database on db1 to refresh the staging environment. Nobody knew yet that this copy would be the only one that could be restored.',
  },
  {
    occurredAt: utc('2017-01-31T18:00'),
    actor: 'spam accounts',
    phase: 'trigger',
    description: 'Spam accounts create snippets in bulk; database load climbs.',
  },
  { occurredAt: utc('2017-01-31T19:00'), actor: 'monitoring', phase: 'detection', description: 'Database load alerts; write latency rising on db1.' },
  {
    occurredAt: utc('2017-01-31T19:20'),
    actor: 'on-call engineer',
    phase: 'response',
    description: "Blocked the spammers' addresses and removed their accounts.",
  },
  {
    occurredAt: utc('2017-01-31T21:00'),
    actor: 'background job',
    phase: 'trigger',
    description:
      'A background job hard-deleting a reported user account, with all of its data, adds heavy load on top of the spam. Writes to the primary database start to stall for minutes at a time.',
  },
  { occurredAt: utc('2017-01-31T21:15'), actor: 'support team', phase: 'detection', description: 'Users report errors and timeouts on GitLab.com.' },
  { occurredAt: utc('2017-01-31T21:30'), actor: 'on-call engineer', phase: 'response', description: 'Stopped the account deletion job.' },
  { occurredAt: utc('2017-01-31T22:00'), actor: 'monitoring', phase: 'detection', description: 'Paged: replication lag to db2 is far too high.' },
  {
    occurredAt: utc('2017-01-31T22:05'),
    actor: 'database engineer',
    phase: 'response',
    description:
      'Replication to db2 has stopped for good: the write-ahead log segments db2 still needed were already removed from db1, so the replica can only be rebuilt from a fresh base backup of the primary.',
  },
  {
    occurredAt: utc('2017-01-31T22:15'),
    actor: 'database engineer',
    phase: 'response',
    description: "Wiped db2's data directory and started pg_basebackup to copy the primary afresh.",
  },
  {
    occurredAt: utc('2017-01-31T22:25'),
    actor: 'database engineer',
    phase: 'response',
    description: 'pg_basebackup sits silent: no data copied, no error printed.',
  },
  {
    occurredAt: utc('2017-01-31T22:35'),
    actor: 'database engineer',
    phase: 'response',
    description: 'Raised max_wal_senders on db1 to 32; PostgreSQL then refused to restart because the host ran out of semaphores.',
  },
  {
    occurredAt: utc('2017-01-31T22:45'),
    actor: 'database engineer',
    phase: 'response',
    description: 'Lowered max_connections on db1 from 8,000 to 2,000; it starts again.',
  },
  { occurredAt: utc('2017-01-31T22:55'), actor: 'database engineer', phase: 'response', description: 'Retried pg_basebackup on db2. Still no output.' },
  {
    occurredAt: utc('2017-01-31T23:20'),
    actor: 'database engineer',
    phase: 'response',
    description:
      "After hours of firefighting late in the evening, the engineer suspects that the very existence of db2's data directory keeps pg_basebackup from starting, and decides to delete it again by hand.",
  },
  {
    occurredAt: utc('2017-01-31T23:27'),
    actor: 'database engineer',
    phase: 'trigger',
    description:
      'rm -rf runs on db1, the primary, instead of on db2. It is stopped within a second or two, but about 300 GB of the roughly 310 GB of data are already gone.',
  },
  { occurredAt: utc('2017-01-31T23:30'), actor: 'infrastructure lead', phase: 'response', description: 'GitLab.com taken offline; status page updated.' },
  {
    occurredAt: utc('2017-01-31T23:40'),
    actor: 'database engineer',
    phase: 'response',
    description:
      'Looked for the daily pg_dump backups in S3 and found none: the job ran pg_dump 9.2 against PostgreSQL 9.6, failed every night, and the mails reporting the failures were rejected on their way to the team.',
  },
  {
    occurredAt: utc('2017-01-31T23:50'),
    actor: 'infrastructure lead',
    phase: 'response',
    description: 'Azure disk snapshots turn out never to have been enabled for the database servers.',
  },
  {
    occurredAt: utc('2017-01-31T23:58'),
    actor: 'infrastructure lead',
    phase: 'mitigation',
    description: 'Decision: restore db1 from the 17:20 staging snapshot and accept the loss of about six hours of database changes.',
  },
  {
    occurredAt: utc('2017-02-01T00:30'),
    actor: 'communications',
    phase: 'other',
    description: 'Opened a public document and a live video stream of the recovery.',
  },
  {
    occurredAt: utc('2017-02-01T01:00'),
    actor: 'database engineer',
    phase: 'mitigation',
    description:
      "Started copying the snapshot's data from the staging host to db1. Staging sits on Azure classic storage that delivers about 60 Mbps, so the copy will take many hours and there is no faster path.",
  },
  { occurredAt: utc('2017-02-01T09:00'), actor: 'database engineer', phase: 'mitigation', description: 'Copy about half done.' },
  {
    occurredAt: utc('2017-02-01T16:30'),
    actor: 'database engineer',
    phase: 'mitigation',
    description: 'Copy finished; PostgreSQL started on db1 from the restored data.',
  },
  {
    occurredAt: utc('2017-02-01T17:30'),
    actor: 'support team',
    phase: 'mitigation',
    description: 'Spot-checked projects, issues and merge requests in the restored database before opening the site again.',
  },
  {
    occurredAt: utc('2017-02-01T18:14'),
    actor: 'infrastructure lead',
    phase: 'resolution',
    description:
      'GitLab.com is back online. About six hours of database changes, from 17:20 to 23:25 on 31 January, are lost: roughly 5,000 projects, 5,000 comments and 700 new user accounts. Git repositories and wikis were not affected.',
  },
];

export interface OutageWhy {
  /** How an action item below names the cause it addresses. */
  key: string;
  kind: CauseKind;
  text: string;
}

/** The 5 Whys: one problem statement and two branches, each a chain from the problem down. */
export const GITLAB_OUTAGE_WHYS = {
  problem:
    'GitLab.com was offline for about 18 hours and lost about six hours of database changes after the data directory of the production database was deleted by mistake.',
  branches: [
    [
      { key: 'wrong-host', kind: 'contributing', text: 'A command meant for the replica, db2, was run on the primary, db1.' },
      {
        key: 'look-alike-shells',
        kind: 'contributing',
        text: 'Two terminal sessions were open, one on each database server, and nothing in the prompt or in the command set the primary apart from the replica after hours of switching between them late at night.',
      },
      { key: 'manual-wipe', kind: 'contributing', text: 'Rebuilding the replica meant clearing its data directory by hand before pg_basebackup would run.' },
      {
        key: 'silent-tool',
        kind: 'contributing',
        text: 'pg_basebackup hung without a word, so the team guessed at causes and tried fixes one after another on production hosts.',
      },
      {
        key: 'no-procedure',
        kind: 'root',
        text: 'Rebuilding a replica had no written, tested procedure and no tooling: every step, destructive ones on production hosts included, was typed by hand with no guard, no check and no second pair of eyes.',
      },
    ],
    [
      { key: 'old-snapshot', kind: 'symptom', text: 'The newest copy of the database that could be restored was the LVM snapshot taken for staging at 17:20.' },
      {
        key: 'failing-dumps',
        kind: 'contributing',
        text: 'The nightly pg_dump had been failing: version 9.2 of the tool refuses a 9.6 server, so nothing reached S3. Azure disk snapshots were not enabled for the database servers either.',
      },
      { key: 'lost-mails', kind: 'contributing', text: "The backup job's failure mails were rejected on the way (DMARC), so its errors reached nobody." },
      {
        key: 'no-owner',
        kind: 'contributing',
        text: 'Nobody owned the backups and no restore was ever tested, so none of the five ways of keeping copies of the data was known to work when it was needed.',
      },
    ],
  ] satisfies OutageWhy[][],
} as const;

export interface OutageAction {
  title: string;
  owner: string;
  dueOn: string;
  priority: ActionPriority;
  horizon: ActionHorizon;
  category: ActionCategory;
  /** The `key` of the why it addresses (a root cause or a contributing factor), if any. */
  addresses?: string;
}

export const GITLAB_OUTAGE_ACTIONS: readonly OutageAction[] = [
  {
    title: 'Write and test a runbook for rebuilding a PostgreSQL replica, naming every command and the host it runs on',
    owner: 'Maria Fernández',
    dueOn: '2017-02-10',
    priority: 'P0',
    horizon: 'quick_win',
    category: 'runbook',
    addresses: 'no-procedure',
  },
  {
    title:
      'Verify the nightly database backup every morning: restore it to a scratch host, compare the row counts of the ten largest tables with production, and page the database on-call engineer if a step fails or a count differs by more than one percent',
    owner: '王芳',
    dueOn: '2017-02-08',
    priority: 'P0',
    horizon: 'quick_win',
    category: 'monitoring',
    addresses: 'no-owner',
  },
  {
    title: 'Alert when the newest backup in S3 is older than 26 hours or smaller than the one before',
    owner: 'Jonas de Vries',
    dueOn: '2017-02-07',
    priority: 'P0',
    horizon: 'quick_win',
    category: 'monitoring',
    addresses: 'failing-dumps',
  },
  {
    title: "Run the backup hosts' pg_dump at the database server's major version",
    owner: 'Aisha Bello',
    dueOn: '2017-02-09',
    priority: 'P1',
    horizon: 'quick_win',
    category: 'architecture',
    addresses: 'failing-dumps',
  },
  {
    title: 'Set up DMARC for the domain cron mail comes from, and send job failures to a watched channel',
    owner: 'Priya Raghavan',
    dueOn: '2017-02-15',
    priority: 'P1',
    horizon: 'quick_win',
    category: 'process',
    addresses: 'lost-mails',
  },
  {
    title:
      'Enable Azure disk snapshots for every database server, keep them for at least fourteen days, and restore one to a fresh virtual machine before the end of the quarter to prove it works',
    owner: 'Jonas de Vries',
    dueOn: '2017-03-31',
    priority: 'P1',
    horizon: 'short_term',
    category: 'architecture',
    addresses: 'no-owner',
  },
  {
    title: 'Show the host name and its role (PRIMARY or replica, in different colours) in the shell prompt of every database server',
    owner: 'Lukas Meier',
    dueOn: '2017-02-17',
    priority: 'P1',
    horizon: 'short_term',
    category: 'process',
    addresses: 'look-alike-shells',
  },
  {
    title:
      'Put destructive commands on production database hosts behind a script that names the host and its role and asks for the host name to be typed back before it deletes anything',
    owner: 'Lukas Meier',
    dueOn: '2017-03-03',
    priority: 'P1',
    horizon: 'short_term',
    category: 'runbook',
    addresses: 'wrong-host',
  },
  {
    title: 'Move the database hosts off Azure classic storage, so that copying a full restore takes under two hours',
    owner: 'Noor Haddad',
    dueOn: '2017-05-31',
    priority: 'P2',
    horizon: 'long_term',
    category: 'architecture',
  },
  {
    title: 'Hold a recovery drill every quarter: restore production from backup into an isolated environment, time it, publish the result',
    owner: 'Kwame Mensah',
    dueOn: '2017-04-28',
    priority: 'P1',
    horizon: 'short_term',
    category: 'testing',
    addresses: 'no-owner',
  },
  {
    title: 'Agree a rule of two for hands-on work on production databases during an incident',
    owner: 'Sam',
    dueOn: '2017-02-24',
    priority: 'P2',
    horizon: 'short_term',
    category: 'training',
    addresses: 'no-procedure',
  },
  {
    title:
      'Evaluate point-in-time recovery with continuous archiving of the write-ahead log, so that a restore loses minutes rather than hours of changes, and bring a proposal with costs, risks and a migration plan to the infrastructure team',
    owner: 'Noor Haddad',
    dueOn: '2017-06-30',
    priority: 'P2',
    horizon: 'long_term',
    category: 'architecture',
  },
  {
    title: 'Alert on replication lag above five minutes, and before the primary removes log segments a replica still needs',
    owner: 'Aisha Bello',
    dueOn: '2017-02-21',
    priority: 'P1',
    horizon: 'quick_win',
    category: 'monitoring',
    addresses: 'silent-tool',
  },
  {
    title: 'Name an owner for each way of keeping copies of the data, and review them all twice a year',
    owner: 'Maria Fernández',
    dueOn: '2017-03-15',
    priority: 'P2',
    horizon: 'short_term',
    category: 'process',
    addresses: 'no-owner',
  },
  {
    title: 'Run hard deletions of reported users off-peak, in small batches',
    owner: 'Kwame Mensah',
    dueOn: '2017-03-10',
    priority: 'P2',
    horizon: 'short_term',
    category: 'architecture',
  },
];
