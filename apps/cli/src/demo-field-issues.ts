import { DemoClient } from './demo-client';
import { DemoStageContext } from './demo-stage';

interface FieldIssue {
  raiser: string;
  /** The demo project whose village the issue is about. */
  inVillageOf: string;
  title: { en?: string; ru?: string; ky?: string };
  proposal: { en?: string; ru?: string; ky?: string };
  themes: string[];
  interventionCode?: string;
  needsNormativeAct?: boolean;
  evidence: Array<{ indicator: string; value: number; unit: string; source: string; date: string }>;
}

const GOAT_BREEDS = {
  title: { en: 'Dairy-goat breeds are being mixed with local goats', ru: 'Породы молочных коз смешиваются с местными' },
  proposal: {
    en: 'Keep dairy-goat breeds pure at national level: a register of pure-bred bucks, and link farmers to pure-bred goat farms.',
    ru: 'Сохранять чистоту пород молочных коз на национальном уровне: реестр племенных козлов и связь фермеров с племенными фермами.',
  },
  themes: ['LIVESTOCK'],
  interventionCode: 'DAIRY_GOATS',
  needsNormativeAct: true,
};

/** The same problem seen in three Naryn villages (the start of a shared issue), and a local land matter in Osh oblast. */
const FIELD_ISSUES: FieldIssue[] = [
  {
    ...GOAT_BREEDS,
    raiser: 'KSWG',
    inVillageOf: 'DEMO-ARF-001',
    evidence: [
      { indicator: 'ALTITUDE', value: 2040, unit: 'm', source: 'ayil okmotu', date: '2025' },
      { indicator: 'VULNERABLE_HOUSEHOLDS', value: 186, unit: 'households', source: 'ayil okmotu social passports', date: '2025-06' },
    ],
  },
  {
    ...GOAT_BREEDS,
    raiser: 'KRAS',
    inVillageOf: 'DEMO-NAK-001',
    evidence: [{ indicator: 'LIVESTOCK_HEAD_COUNT', value: 340, unit: 'head', source: 'village service provider count', date: '2025-09' }],
  },
  {
    ...GOAT_BREEDS,
    raiser: 'KRAS',
    inVillageOf: 'DEMO-MCN-001',
    evidence: [{ indicator: 'VULNERABLE_HOUSEHOLDS', value: 95, unit: 'households', source: 'ayil okmotu social passports', date: '2025-05' }],
  },
  {
    raiser: 'KRAS',
    inVillageOf: 'DEMO-CAFT-001',
    title: { ky: 'Мамлекеттик фонддун жерин ижарага берүү шарттары белгисиз', en: 'The terms for leasing state-fund land are unclear' },
    proposal: { en: 'The ayil kenesh sets the leasing terms for state-fund land at its next session, so that greenhouse groups can apply.' },
    themes: ['LAND_MANAGEMENT'],
    interventionCode: 'STATE_LAND_ALLOCATION',
    evidence: [{ indicator: 'AREA_HA', value: 12, unit: 'ha', source: 'ayil okmotu land register', date: '2025' }],
  },
];

const OWN_ISSUES = `query DemoOwnIssues($raiser: ID!) {
  issues(filter: { raiserIds: [$raiser] }, first: 100) { edges { node { id version allowedActions title { en ru ky } adminUnitId } } } }`;
const PROJECT_UNIT = `query DemoProjectUnit($id: ID!) { project(id: $id) { coverageIds } }`;
const RAISE = `mutation DemoRaiseIssue($input: RaiseIssueInput!) { raiseIssue(input: $input) { id version allowedActions } }`;
const TRANSITION = `mutation DemoForwardIssue($input: TransitionIssueInput!) { transitionIssue(input: $input) { id state } }`;

interface IssueNode {
  id: string;
  version: number;
  allowedActions: string[];
}

/**
 * Raises the field issues through raiseIssue and forwards them to the bodies the platform proposes
 * (the raiser forwards its own issues when no implementer refines them), skipping those the raiser
 * already has (same title, same place). Forwarded issues are what the grouping job groups.
 */
export async function loadFieldIssues(context: DemoStageContext): Promise<string> {
  let raised = 0;
  let found = 0;
  for (const issue of FIELD_ISSUES) {
    const raiser = context.organisations.find((o) => o.slug === issue.raiser);
    const projectId = context.projects.get(issue.inVillageOf);
    if (!raiser?.key || !projectId) continue;
    const client = context.api.as(raiser.key);
    const adminUnitId = (await client.request<{ project: { coverageIds: string[] } }>(PROJECT_UNIT, { id: projectId })).project.coverageIds[0];
    const existing = await alreadyRaised(client, raiser.id, adminUnitId, issue.title.en!);
    if (existing) {
      found++;
      await forwardIfWaiting(client, existing);
      continue;
    }
    const { inVillageOf: _village, raiser: _raiser, ...fields } = issue;
    const { raiseIssue } = await client.request<{ raiseIssue: IssueNode }>(RAISE, { input: { ...fields, adminUnitId, submit: true } });
    await forwardIfWaiting(client, raiseIssue);
    raised++;
  }
  return `${raised} field issues raised, ${found} already there`;
}

async function alreadyRaised(client: DemoClient, raiserId: string, adminUnitId: string, titleEn: string): Promise<IssueNode | undefined> {
  type Node = IssueNode & { title: { en: string | null }; adminUnitId: string };
  const { issues } = await client.request<{ issues: { edges: Array<{ node: Node }> } }>(OWN_ISSUES, { raiser: raiserId });
  return issues.edges.map((e) => e.node).find((node) => node.adminUnitId === adminUnitId && node.title.en === titleEn);
}

async function forwardIfWaiting(client: DemoClient, issue: IssueNode): Promise<void> {
  if (!issue.allowedActions.includes('FORWARD')) return;
  await client.request(TRANSITION, { input: { id: issue.id, action: 'FORWARD', expectedVersion: issue.version } });
}
