/**
 * Word classes the feature extractor reads sentences with. They say what a word is (a role, a failure verb, a
 * judgment), never whether a sentence is blame: that is the trained model's call (model.json).
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Pronouns that point at a person other than the speaking group. */
export const PERSON_PRONOUNS = words(`
  he she they him her them his hers their theirs you your u ur ya someone somebody whoever nobody anyone anybody
  everyone everybody himself herself themselves
`);

/** The speaker or the whole team: "we should add an alert" is the team's own system talking. */
export const GROUP_PRONOUNS = words('we us our ours i me my mine myself ourselves');

/** Roles that stand for a person when no name is given. */
export const ROLE_WORDS = words(`
  intern interns engineer engineers dev devs developer developers dba dbas reviewer reviewers contractor contractors
  hire hires junior juniors newbie newbies sre sres admin admins administrator sysadmin operator operators on-call
  oncall on-caller responder responders manager managers lead ic commander person people guy guys folks staff
  employee colleague colleagues coworker coworkers human humans architect tester testers author mister mr ms mrs
  culprit
`);

/** Words that name a group of people as a unit. */
export const TEAM_WORDS = words('team teams squad crew ops infra qa support sales department org');

/** Things that act in incidents: systems, artefacts, tools and products. Capitalised ones are not names. */
export const SYSTEM_WORDS = words(`
  system systems service services server servers cluster clusters node nodes host hosts pod pods container containers
  database databases db primary replica replicas shard shards index table tables queue queues topic topics cache
  caches disk disks memory cpu network dns cert certs certificate certificates config configs configuration setting
  settings flag flags deploy deploys deployment deployments release releases build builds pipeline pipelines job jobs
  cron script scripts tool tools tooling console dashboard dashboards alert alerts alarm alarms pager paging monitor
  monitoring metric metrics graph graphs log logs check checks test tests suite canary rollout rollback migration
  migrations schema query queries api apis endpoint endpoint client library lib sdk driver kernel firewall
  proxy balancer gateway router switch vendor provider region regions zone prod production staging environment env
  traffic load latency checkout billing payments payment login search auth session sessions storage bucket buckets
  volume volumes backup backups snapshot snapshots restore replication failover upgrade patch hotfix fix change
  changes commit commits merge diff pr code bug bugs error errors exception timeout timeouts retry retries runbook
  runbooks process procedure policy checklist docs documentation ticket tickets spike outage incident incidents
  issue problem failure crash restart worker workers consumer consumers producer scheduler timer batch import export
  ingestion indexing rate limit limits threshold ttl default defaults lock locks transaction version
  redis kafka postgres postgresql mysql mongo mongodb jenkins terraform kubernetes k8s nginx cloudflare
  elasticsearch vault ansible stripe helm github gitlab actions aws gcp azure docker linux pagerduty slack datadog
  grafana prometheus zookeeper etcd consul envoy istio s3 ec2 rds lambda cdn ci cd npm webhook webhooks
  ntp os app apps website site page pages mobile frontend backend platform network networking security sessions
  ledger cron-job loadbalancer lb vm vms cpu ram ssd
`);

/** Days, months and other capitalised words that are never a person. */
export const NOT_NAMES = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december utc gmt eu us uk q1 q2 q3 q4 ok okay yes no lol ngl tbh idk omg brb kk wow
  yeah yep nope honestly frankly seriously root cause action owner ai detection mitigation resolution prevention
  why contributing lesson what so well great nice thanks thank kudos oh sure guess look ask tell make let take fire
  put revoke suspend ban teach remind please next going from this that these those there here it its the a an
  everyone nobody
`);

/** Verbs (base forms) that do damage or let something go wrong when a person is their subject. */
export const FAILURE_VERBS = words(`
  break brake broke crash delete drop wipe nuke kill corrupt wreck destroy trash cause trigger botch fumble forget
  ignore miss overlook skip bypass misconfigure mistype misread rush flood hammer lose knock blow mess screw muck
  fuck goof blunder bork tank sink ruin torch mangle clobber overwrite purge truncate disable
  neglect fail omit hose brick lock
`);

/** Phrasal failures: verb + particle a few words later ("took the cache offline", "messed it up"). */
export const FAILURE_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['take', words('down out offline')],
  ['sleep', words('through')],
  ['slept', words('through')],
  ['bring', words('down')],
  ['knock', words('over out down offline')],
  ['blow', words('up away')],
  ['mess', words('up')],
  ['screw', words('up')],
  ['muck', words('up')],
  ['fuck', words('up')],
  ['pull', words('plug')],
  ['lock', words('out')],
  ['drop', words('ball')],
  ['let', words('happen fill slip expire')],
]);

/** Verbs of diligence: "didn't check", "never tested". */
export const DILIGENCE_VERBS = words(`
  check test look read follow verify notice escalate bother review think listen ask wait tell watch monitor validate
  double-check care see catch pay learn understand know get run open do
`);

/** Verbs that repair, report or do ordinary work: a name with these is a timeline, not a culprit. */
export const NEUTRAL_VERBS = words(`
  restart restore fix deploy roll revert run page ack acknowledge write wrote lead join open close confirm notice
  find spot investigate trace coordinate update rebuild recover renew promote drain toggle recreate migrate upgrade
  cut move add set configure prepare draft present volunteer thank propose pair review handle own shadow apply
  archive approve rotate use send start stop raise design help report call check test keep ask
`);

/** Words that judge a person's competence or care. */
export const JUDGMENT_WORDS = words(`
  careless carelessly carelessness lazy laziness lazily sloppy sloppily sloppiness stupid stupidity dumb idiot idiotic
  idiots incompetent incompetence negligent negligence reckless recklessly irresponsible irresponsibly unprofessional
  inexcusable cowboy clueless hopeless useless menace liability amateur amateurish rookie embarrassing embarrassed
  ashamed shameful disaster pathetic boneheaded inexperienced unqualified unacceptable lax negligently panicked
  incapable moron morons worst useless
`);

/** Phrases that judge what a person knows or is able to do. */
export const INCOMPETENCE_PHRASES: readonly (readonly string[])[] = [
  ['no', 'idea'],
  ['no', 'clue'],
  ['not', 'good', 'enough'],
  ['can', 'not', 'be', 'trusted'],
  ['cannot', 'be', 'trusted'],
  ['not', 'paying', 'attention'],
  ['asleep', 'at'],
  ['cut', 'corners'],
  ['cutting', 'corners'],
  ['not', 'rocket', 'science'],
  ['how', 'hard', 'is'],
  ['how', 'hard', 'was'],
  ['amateur', 'hour'],
  ['should', 'not', 'be', 'allowed'],
  ['not', 'be', 'allowed'],
  ['common', 'sense'],
  ['basic', 'stuff'],
  ['do', 'not', 'get'],
  ['does', 'not', 'get'],
  ['does', 'not', 'understand'],
  ['do', 'not', 'understand'],
  ['does', 'not', 'care'],
  ['still', 'can', 'not'],
  ['who', 'hires'],
  ['someone', 'like'],
  ['even', 'qualified'],
  ['even', 'know'],
  ['their', 'job'],
  ['his', 'job'],
  ['her', 'job'],
  ['real', 'engineers'],
  ['knew', 'better'],
  ['had', 'to', 'do', 'was'],
  ['know', 'better'],
  ['known', 'better'],
];

/** Sanctions aimed at a person. */
export const PUNISHMENT_WORDS = words(`
  fire fired sack sacked revoke revoked suspend suspended ban banned discipline disciplined punish punished
  reprimand reprimanded accountable shame apologise apologize owes owe demote demoted
`);

export const PUNISHMENT_PHRASES: readonly (readonly string[])[] = [
  ['performance', 'plan'],
  ['written', 'up'],
  ['write', 'up', 'whoever'],
  ['heads', 'should', 'roll'],
  ['heads', 'will', 'roll'],
  ['lose', 'his'],
  ['lose', 'her'],
  ['lose', 'their'],
  ['off', 'the', 'on-call'],
  ['off', 'the', 'rotation'],
  ['off', 'my', 'team'],
  ['buy', 'the', 'team'],
  ['no', 'more', 'prod'],
  ['not', 'be', 'allowed', 'to', 'deploy'],
  ['as', 'a', 'lesson'],
  ['on', 'his', 'review'],
  ['on', 'her', 'review'],
  ['escalate', 'this', 'to'],
  ['held', 'accountable'],
  ['removed', 'from'],
  ['taken', 'off'],
  ['kicked', 'off'],
  ['take', 'away'],
  ['consequences'],
];

/** Praise turned into a jab when a failure sits next to it. */
export const SARCASM_PHRASES: readonly (readonly string[])[] = [
  ['great', 'job'],
  ['good', 'job'],
  ['nice', 'one'],
  ['nice', 'work'],
  ['well', 'done'],
  ['thanks', 'a', 'lot'],
  ['thanks', 'for', 'nothing'],
  ['brilliant'],
  ['amazing', 'work'],
  ['awesome', 'job'],
  ['impressive'],
  ['fantastic'],
  ['stellar'],
  ['masterpiece'],
  ['bravo'],
  ['genius'],
  ['lovely'],
  ['what', 'could', 'go', 'wrong'],
  ['sure', 'he', 'did'],
  ['sure', 'she', 'did'],
  ['sure', 'they', 'did'],
  ['strikes', 'again'],
  ['strike', 'again'],
  ['👏'],
  ['🙄'],
  ['draw', 'your', 'own'],
  ['of', 'course', 'it', 'was'],
];

/** Words that make one slip a habit: "again", "as usual", "typical". */
export const HABIT_WORDS = words('again usual typical typically classic always another');

/** Words that say the outcome was foreseeable. */
export const OBVIOUS_WORDS = words('obviously obvious clearly naturally blatantly evidently competent');

/** Nouns that put a cause on someone: "Jo's fault", "their mistake". */
export const FAULT_NOUNS = words('fault mistake blunder screwup screw-up negligence carelessness doing typo bad mess');

/** Nouns of cause; "X is the reason", "the real cause was X". */
export const CAUSE_NOUNS = words('reason cause culprit problem why responsible blame fault behind source origin root issue');

/** Prepositions and phrases that introduce a cause. */
export const CAUSE_INTRODUCERS: readonly (readonly string[])[] = [
  ['because', 'of'],
  ['due', 'to'],
  ['thanks', 'to'],
  ['caused', 'by'],
  ['triggered', 'by'],
  ['broken', 'by'],
  ['dropped', 'by'],
  ['started', 'with'],
  ['came', 'from'],
  ['comes', 'from'],
  ['coming', 'from'],
  ['goes', 'back', 'to'],
  ['traces', 'back', 'to'],
  ['traces', 'directly', 'to'],
  ['trace', 'back', 'to'],
  ['comes', 'down', 'to'],
  ['lies', 'with'],
  ['down', 'to'],
  ['ends', 'at'],
  ['goes', 'to'],
  ['is', 'on'],
  ['was', 'on'],
  ['s', 'on'],
  ['is', 'all', 'on'],
  ['s', 'all', 'on'],
  ['entirely', 'on'],
  ['squarely', 'with'],
  ['weren', 't', 'for'],
  ['were', 'not', 'for'],
  ['without'],
  ['until'],
  ['by'],
];

/** Words in the "what it is on" slot that make "X is on Y" a task assignment, not a verdict. */
export const TASK_WORDS = words(`
  action item items follow-up followup fix review agenda roadmap board branch list ticket call shift pager rotation
  backlog plan todo task tasks next meeting follow-up board desk plate
`);

/** Framings that look at the system or the situation rather than the person. */
export const SYSTEMIC_PHRASES: readonly (readonly string[])[] = [
  ['at', 'the', 'time'],
  ['in', 'that', 'seat'],
  ['any', 'of', 'us'],
  ['anyone', 'could', 'have'],
  ['anyone', 'would', 'have'],
  ['would', 'have', 'done', 'the', 'same'],
  ['should', 'have', 'to'],
  ['should', 'need'],
  ['the', 'runbook', 'said'],
  ['runbook', 'says'],
  ['per', 'the', 'runbook'],
  ['as', 'the', 'runbook'],
  ['as', 'planned'],
  ['as', 'announced'],
  ['under', 'pressure'],
  ['information', 'available'],
  ['no', 'guard'],
  ['no', 'confirmation'],
  ['without', 'confirmation'],
  ['which', 'had'],
  ['which', 'our'],
  ['which', 'exists'],
  ['which', 'nobody'],
  ['we', 'realised'],
  ['we', 'realized'],
  ['was', 'following'],
  ['passed', 'all'],
  ['passed', 'on'],
  ['marked', 'it'],
  ['marked', 'the'],
  ['the', 'tool'],
  ['the', 'console'],
  ['looked', 'identical'],
  ['looked', 'the', 'same'],
  ['same', 'hostname'],
  ['out', 'of', 'date'],
  ['not', 'visible'],
  ['was', 'hidden'],
  ['hidden', 'by'],
  ['buried', 'in'],
  ['blameless'],
  ['blame-free'],
  ['not', 'finding'],
  ['being', 'blamed'],
  ['not', 'the', 'people'],
  ['is', 'a', 'risk'],
  ['we', 'avoid'],
  ['not', 'where', 'it', 'ends'],
];

/** Question openings that ask about the situation, not the person; they count only at the start of a sentence. */
export const SYSTEMIC_OPENERS: readonly (readonly string[])[] = [
  ['what', 'made'],
  ['what', 'did'],
  ['what', 'would'],
  ['what', 'information'],
  ['what', 'was', 'on'],
  ['how', 'could', 'we'],
  ['how', 'can', 'we'],
  ['how', 'might', 'we'],
  ['what', 'could', 'we'],
];

/** Openings of a timeline entry, an action item or a report heading. */
export const ENTRY_PREFIXES = words('action ai owner detection mitigation resolution prevention lesson contributing');

/** Openings of an imperative anti-pattern ("follow the process!", "don't let it happen again"). */
export const PROCESS_WORDS = words('process checklist runbook rules procedure docs steps');

export const PRAISE_WORDS = words('thanks thank kudos legend great appreciate grateful shoutout');
