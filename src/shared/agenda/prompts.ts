import type { SectionKind } from '../domain/agenda.ts';
import type { Perspective } from '../domain/participant.ts';

/** What the console and the audience screen show for a section. */
export interface SectionGuide {
  /** One short line for the room, shown large on the shared screen. */
  roomPrompt: string;
  /** What the facilitator can say or ask, in the order they are likely to need it. */
  facilitatorPrompts: string[];
}

const LEARNING_QUESTIONS = [
  'What would you have wanted to know at that moment, and where could it have come from?',
  'Given what you could see then, what seemed like the sensible thing to do?',
  'Where did the way we thought the system worked turn out to be wrong?',
  'What caught you off guard?',
  'Which part was harder than it should have been?',
  'Next time this starts, what would we want to do another way?',
  'Which single small change would have kept this from happening at all?',
];

const KIND_GUIDES: Readonly<Record<SectionKind, SectionGuide>> = {
  opening: {
    roomPrompt: 'We are here to learn how the system let this happen, not to find someone to blame.',
    facilitatorPrompts: [
      'Opening statement: "Thanks for coming. Our aim today is to understand what happened and make the system better. ' +
        'We take it as given that everyone made reasonable choices with what they knew at the time, so we will talk about ' +
        'systems and processes, not about people."',
      'Say how long we have and walk through the agenda.',
      'Ask someone to capture notes, and remind everyone that hindsight makes every decision look obvious.',
    ],
  },
  summary: {
    roomPrompt: 'What happened, when, and who felt it?',
    facilitatorPrompts: [
      'Ask for two or three sentences: what broke, when it started and ended, and who was affected.',
      'Name the impact on users and on systems: how many, for how long, any data or money lost.',
      'Keep the causes for later; this is only the shared picture to start from.',
    ],
  },
  timeline: {
    roomPrompt: 'Walk the incident in order: what did we know, and what could we do?',
    facilitatorPrompts: [
      'Go through the events in time order, from the first signal to full recovery.',
      'At each step ask: what did you know right then?',
      'Ask: which options did you have in front of you, and why did that one make sense?',
      'Look for gaps: where nothing seems to happen, ask what was going on.',
      'Mark how it was detected, how the response unfolded, and what finally resolved it.',
    ],
  },
  root_cause: {
    roomPrompt: 'Why did this happen? Keep asking why until we reach the system.',
    facilitatorPrompts: [
      'Start from the impact and ask why it happened; take each answer and ask why again, about five times.',
      "Look for conditions in the system, not a single moment of someone's judgement.",
      '"Human error" is where the question starts, not where it ends: why was the mistake possible, and why did nothing catch it?',
      'Which safeguards were missing or did not fire? What in the setup made this likely?',
      'Expect several causes; note each branch rather than forcing a single answer.',
    ],
  },
  went_well: {
    roomPrompt: 'What worked? Name it so we keep doing it.',
    facilitatorPrompts: [
      'Ask about detection, coordination, communication and recovery: which of them went better than expected?',
      'Credit the practices and tools that helped, so they are kept on purpose.',
    ],
  },
  could_improve: {
    roomPrompt: 'Where did processes, tools or knowledge get in the way?',
    facilitatorPrompts: [
      'Ask about alerts that were missing or noisy, runbooks and documentation that were thin, and friction in the process.',
      'Ask which tools or systems made the work harder than it needed to be.',
      'Ask whether the process as written could actually be followed under pressure.',
      'Turn every "they should have" into "what would have made the right move obvious?"',
    ],
  },
  action_items: {
    roomPrompt: 'A few changes that matter, each with an owner and a date.',
    facilitatorPrompts: [
      'Every action needs one owner and a due date before it goes on the list; nothing leaves the room unowned.',
      'Aim for three to five meaningful actions rather than a long list of small ones.',
      'Rank them by impact and by effort; agree owners while everyone is still here.',
      'Make each one specific and checkable: "add an alert on queue depth above 10k", not "improve monitoring".',
      'Think of the prevention areas: runbooks, monitoring, testing, architecture, training.',
    ],
  },
  responsibilities: {
    roomPrompt: 'Who owns each action, and by when?',
    facilitatorPrompts: [
      'Go down the action list and confirm one owner and a realistic due date for each item.',
      'Agree where the items will be tracked and at what priority.',
    ],
  },
  closing: {
    roomPrompt: 'Thank you. Anything we missed?',
    facilitatorPrompts: [
      'Closing statement: "Thank you for being open today. The write-up will come round for corrections soon. ' +
        'Before we stop, is there anything else anyone wants to add?"',
      'Sum up the main lessons and read back the actions with their owners.',
      'Say what happens next: write-up within a day, then a check in about a month on whether the actions worked.',
    ],
  },
  perspective: {
    roomPrompt: 'One specialist view: what contributed, what was missing, what would help?',
    facilitatorPrompts: [
      'Ask this perspective for the factors it sees, the gaps in its own area, and the improvements it would recommend.',
      'Keep to systems and conditions, not individuals.',
      'If it clashes with another view, note both positions and the trade-off between them for later.',
    ],
  },
  contributing_factors: {
    roomPrompt: 'What made this possible, or made it worse?',
    facilitatorPrompts: [
      'Collect every factor that enabled the incident, slowed detection or delayed recovery.',
      'Look for more than one; incidents rarely have a single cause.',
      "Phrase each as a condition of the system, never as a person's fault.",
    ],
  },
  symptoms_vs_causes: {
    roomPrompt: 'Which of these are symptoms, and which are causes?',
    facilitatorPrompts: [
      'Go through the findings and sort each one: something we saw, or something that produced what we saw?',
      'Fixing a symptom hides the problem; make sure each root cause has an action.',
      'Where views conflict, record both positions, the trade-off, and the resolution the room agrees.',
    ],
  },
  triage: {
    roomPrompt: 'How bad is it, who is affected, and what has to happen now?',
    facilitatorPrompts: [
      'Agree the severity and whether the incident is still ongoing, mitigated or resolved.',
      'List the users, services and data that are affected.',
      'Decide who investigates and who communicates, and write down the known events so far.',
    ],
  },
  mitigation: {
    roomPrompt: 'What is the quickest way to reduce the harm to users?',
    facilitatorPrompts: [
      'Consider rollback, a feature flag, more capacity or a failover: which cuts the impact fastest?',
      'Check the effect in the metrics, before and after.',
      'Write down each step and what it did, and what risk is left.',
    ],
  },
  communication: {
    roomPrompt: 'Who needs to hear what, and when is the next update?',
    facilitatorPrompts: [
      'Decide the audience: users, leadership, teams that depend on us.',
      'Draft in plain language: what happened, where things stand, what we are doing, when we will update next.',
    ],
  },
  postmortem: {
    roomPrompt: 'The whole incident, end to end: what worked, what did not, what we learned.',
    facilitatorPrompts: [
      'Review the incident from start to finish with everyone at the table.',
      'Name what went well and what went badly in detection, response and communication.',
      'Draw out the lessons, then propose prioritised actions that address the systemic factors.',
    ],
  },
  effectiveness: {
    roomPrompt: 'Thirty days on: is each action done, and did it work?',
    facilitatorPrompts: [
      'Take the action items one at a time. Ask the owner, or whoever knows, whether it is done.',
      'Then ask whether it worked: has the problem come back, partly, or is it too early to tell?',
      'Write down what tells you so: an alert that stayed quiet, a drill that passed, a repeat that happened anyway.',
      'An item that did not work is a finding, not a failure of its owner: note what to try next.',
    ],
  },
  custom: {
    roomPrompt: 'Focus on the system, not on people.',
    facilitatorPrompts: ['Say what this section is for and what the room should leave it with.'],
  },
};

const PERSPECTIVE_FOCUS: Readonly<Record<Perspective, SectionGuide>> = {
  incident_commander: {
    roomPrompt: 'Incident commander: was the timeline right, and did the response work?',
    facilitatorPrompts: ['Focus: how accurate the timeline is and how well the response was coordinated.'],
  },
  sre: {
    roomPrompt: 'SRE: how did we detect it, and what did it cost our SLOs?',
    facilitatorPrompts: ['Focus: gaps in detection, the impact on service level objectives, and operational failures.'],
  },
  systems_architect: {
    roomPrompt: 'Systems architect: how did the design contribute?',
    facilitatorPrompts: ['Focus: the architectural conditions that allowed the failure or let it spread.'],
  },
  failure_engineer: {
    roomPrompt: 'Failure engineer: where was resilience missing, and how well did we recover?',
    facilitatorPrompts: ['Focus: missing resilience, and how effective the recovery was.'],
  },
  observability_engineer: {
    roomPrompt: 'Observability engineer: what could we not see, and were the alerts any good?',
    facilitatorPrompts: ['Focus: blind spots in monitoring and the quality of the alerts that fired (or did not).'],
  },
  debugger: {
    roomPrompt: 'Debugger: where exactly did it fail, and can we reproduce it?',
    facilitatorPrompts: ['Focus: tracing the fault down to the code, confirming the root cause, and the steps to reproduce it.'],
  },
};

/** What the room must have settled before a gated section is approved; otherwise it is sent back for revision. */
const GATE_CRITERIA: Partial<Readonly<Record<SectionKind, string>>> = {
  triage: 'Approve when the severity is agreed, the scope of impact is clear and the immediate actions are named.',
  mitigation: 'Approve when user impact is down or gone, the metrics confirm it, and the remaining risk is understood.',
  root_cause:
    'Approve when the root cause is established rather than guessed, the chain of cause and effect can be followed, and contributing and systemic factors are listed.',
  postmortem: 'Approve when the review is free of blame, the actions are concrete, prioritised and aimed at systemic factors, and the lessons can be acted on.',
};
const GENERIC_GATE = 'Approve when the room agrees this section is complete; otherwise mark it for revision and say what is missing.';

/** The prompts for one section: its kind's guide, the perspective's focus for panel sections, and the gate's criteria. */
export function sectionGuide(kind: SectionKind, perspective: Perspective | null = null, gated = false): SectionGuide {
  const base = KIND_GUIDES[kind];
  const focus = perspective === null ? undefined : PERSPECTIVE_FOCUS[perspective];
  const prompts = [...(focus?.facilitatorPrompts ?? []), ...base.facilitatorPrompts];
  if (kind === 'root_cause' || kind === 'could_improve') prompts.push(...learningQuestions());
  if (gated) prompts.push(GATE_CRITERIA[kind] ?? GENERIC_GATE);
  return { roomPrompt: focus?.roomPrompt ?? base.roomPrompt, facilitatorPrompts: prompts };
}

/** Questions that help people say what they saw rather than defend what they did. */
export function learningQuestions(): string[] {
  return [...LEARNING_QUESTIONS];
}
