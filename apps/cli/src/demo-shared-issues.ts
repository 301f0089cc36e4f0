import { DemoClient } from './demo-client';
import { DemoStageContext } from './demo-stage';

const LIVESTOCK_SHARED = `query DemoSharedIssues { sharedIssues(filter: { themeCode: "LIVESTOCK" }, first: 20) {
  edges { node { id state decisionLevel title members { issueId village { name } } } } } }`;
const ESCALATE = `mutation DemoEscalate($input: EscalateSharedIssueInput!) { escalateSharedIssue(input: $input) { id state decisionLevel escalatedAt } }`;
const ADVOCACY = `query DemoAdvocacy { advocacyItems(filter: { kind: LAW_CHANGE }, first: 50) { edges { node { id title state } } } }`;
const CREATE_ADVOCACY = `mutation DemoCreateAdvocacy($input: CreateAdvocacyItemInput!) { createAdvocacyItem(input: $input) { id state } }`;
const TRANSITION_ADVOCACY = `mutation DemoTransitionAdvocacy($input: TransitionAdvocacyItemInput!) { transitionAdvocacyItem(input: $input) { id state stateSince } }`;

const ADVOCACY_TITLE = 'Amend the law on pedigree livestock breeding: a national register of pure-bred dairy goats';

/** Positions move through states over years (DESIGN.md §1): submitted in 2016, reviewed, stalled since 2018. */
const ADVOCACY_HISTORY = [
  { action: 'SUBMIT', at: '2016-05-12', note: 'Submitted to the Ministry of Agriculture under the memorandum; discussed at the stakeholders meeting.' },
  { action: 'START_REVIEW', at: '2016-11-03', note: 'Ministry working group formed.' },
  { action: 'STALL', at: '2018-04-20', note: 'No decision since the working group last met; the ministry says it is still under review.' },
] as const;

interface SharedIssueNode {
  id: string;
  state: string;
  decisionLevel: string;
  title: string;
  members: Array<{ issueId: string; village: { name: string } }>;
}

/**
 * The coordinating agency sends the dairy-goat shared issue (grouped by the platform's job from
 * the villages' field issues) to the coordinating body as one dossier, and records a stalled
 * advocacy position it supports. Waits a little for the grouping job, which runs on the worker.
 */
export async function loadSharedIssues(context: DemoStageContext): Promise<string> {
  const shared = await waitForGoatSharedIssue(context.coordinator);
  if (!shared) return 'the grouping job has not grouped the dairy-goat issues within 60 s (is the worker running?); nothing escalated';
  const villages = new Set(shared.members.map((m) => m.village.name)).size;
  let escalated = 'already escalated';
  if (shared.state === 'OPEN') {
    const note = `The same problem in ${villages} villages of Naryn oblast; it needs a normative act, so a national decision.`;
    await context.coordinator.request(ESCALATE, { input: { id: shared.id, note } });
    escalated = 'escalated';
  }
  const advocacy = await ensureStalledAdvocacy(context.coordinator, shared.id);
  return `shared issue "${shared.title}" (${villages} villages, ${shared.decisionLevel}) ${escalated}; advocacy item ${advocacy}`;
}

async function waitForGoatSharedIssue(coordinator: DemoClient): Promise<SharedIssueNode | undefined> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { sharedIssues } = await coordinator.request<{ sharedIssues: { edges: Array<{ node: SharedIssueNode }> } }>(LIVESTOCK_SHARED);
    const found = sharedIssues.edges.map((e) => e.node).find((n) => n.members.length >= 2 && (n.state === 'OPEN' || n.state === 'ESCALATED'));
    if (found || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function ensureStalledAdvocacy(coordinator: DemoClient, sharedIssueId: string): Promise<string> {
  const { advocacyItems } = await coordinator.request<{ advocacyItems: { edges: Array<{ node: { id: string; title: string; state: string } }> } }>(ADVOCACY);
  const existing = advocacyItems.edges.find((e) => e.node.title === ADVOCACY_TITLE)?.node;
  if (existing) return `already there (${existing.state})`;
  const { createAdvocacyItem } = await coordinator.request<{ createAdvocacyItem: { id: string } }>(CREATE_ADVOCACY, {
    input: {
      title: ADVOCACY_TITLE,
      kind: 'LAW_CHANGE',
      channel: 'MOA_MEMORANDUM',
      position: 'Keep dairy-goat breeds pure at national level: register pure-bred bucks and farms, and let ayil okmotus distribute only registered breeding stock.',
      draftedAt: '2016-02-01',
      sharedIssueIds: [sharedIssueId],
    },
  });
  let state = 'DRAFTED';
  for (const step of ADVOCACY_HISTORY) {
    const { transitionAdvocacyItem } = await coordinator.request<{ transitionAdvocacyItem: { state: string } }>(TRANSITION_ADVOCACY, { input: { id: createAdvocacyItem.id, ...step } });
    state = transitionAdvocacyItem.state;
  }
  return `recorded (${state} since ${ADVOCACY_HISTORY[ADVOCACY_HISTORY.length - 1].at})`;
}
