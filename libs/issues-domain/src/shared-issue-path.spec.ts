/**
 * Issue 7's "done means" path in pure form: dairy-goat breed purity raised in five mountain villages
 * of Naryn oblast by two implementers is routed, refined, forwarded, grouped into one shared issue,
 * escalated village -> rayon -> oblast -> national on missed deadlines, and tracked as an advocacy
 * item through the Ministry of Agriculture memorandum. Units and bodies are the real reference data.
 */
import { loadReferenceFixture } from '../test-support/load-reference-fixture';
import {
  ActorRole,
  AdvocacyItem,
  DecisionLevel,
  EscalationChain,
  Fact,
  IssueAction,
  IssueState,
  RoutingProposal,
  aggregateEvidence,
  checkDeadlineEscalation,
  checkEscalationThreshold,
  describeWaiting,
  escalationJobId,
  groupIssues,
  proposeRouting,
  responseDeadline,
  transitionAdvocacy,
  transitionIssue,
  validateFacts,
} from './index';

const fixture = loadReferenceFixture();

interface FieldIssue {
  id: string;
  organisationId: string;
  unitId: string;
  proposal: string;
  needsNormativeAct?: boolean;
  evidence: Fact[];
  // Filled in along the path.
  state: IssueState;
  level: DecisionLevel;
  routing: RoutingProposal;
  history: string[];
}

const evidence = (altitude: number, population: number, vulnerable: number): Fact[] => [
  { indicator: 'ALTITUDE', value: altitude, unit: 'm', source: 'ayil okmotu', date: '2025' },
  { indicator: 'POPULATION', value: population, unit: 'persons', source: 'ayil okmotu social passports', date: '2025' },
  { indicator: 'VULNERABLE_HOUSEHOLDS', value: vulnerable, unit: 'households', source: 'ayil okmotu social passports', date: '2025' },
];

// Two implementers: A works in At-Bashy rayon, B in Naryn rayon.
const raised = [
  { id: 'issue-1', organisationId: 'implementer-a', unitId: '41704220830010', needsNormativeAct: true, evidence: evidence(2100, 3450, 212), proposal: 'Keep dairy-goat breeds pure at national level; link farmers to pure-bred goat farms' },
  { id: 'issue-2', organisationId: 'implementer-a', unitId: '41704220836010', evidence: evidence(2050, 2870, 164), proposal: 'Связать фермеров с племенными хозяйствами чистопородных молочных коз, чтобы сохранить породу' },
  { id: 'issue-3', organisationId: 'implementer-a', unitId: '41704220845010', evidence: evidence(2180, 1990, 131), proposal: 'Сүттүү эчкилердин тукумун таза сактоо үчүн фермерлерди асыл тукум эчки чарбалары менен байланыштыруу' },
  { id: 'issue-4', organisationId: 'implementer-b', unitId: '41704245818010', evidence: evidence(2230, 1540, 97), proposal: 'Сохранить чистоту пород молочных коз на национальном уровне' },
  { id: 'issue-5', organisationId: 'implementer-b', unitId: '41704245825010', evidence: evidence(2020, 2310, 148), proposal: 'Dairy goats are crossbred with local goats and the breed is lost: keep the breeds pure and link farmers to pure-bred goat farms' },
];

const NOW = new Date('2025-09-01T03:00:00.000Z');

function act(issue: FieldIssue, action: IssueAction, actor: ActorRole): void {
  const result = transitionIssue(issue.state, action, actor);
  if ('error' in result) throw new Error(`${issue.id}: ${result.error}`);
  issue.state = result.next;
  if (result.record.toLevel) issue.level = result.record.toLevel;
  issue.history.push(`${result.record.action} by ${actor} -> ${result.next}${result.record.toLevel ? ` at ${result.record.toLevel}` : ''}`);
}

function chainOf(issue: FieldIssue): EscalationChain {
  return issue.routing.chain;
}

const issues: FieldIssue[] = raised.map((raw) => {
  const units = fixture.chainOf(raw.unitId);
  const routing = proposeRouting(
    { themeCodes: ['LIVESTOCK'], interventionCode: 'DAIRY_GOATS', proposal: raw.proposal, needsNormativeAct: raw.needsNormativeAct },
    { interventions: fixture.interventions, themes: fixture.themes, units, bodies: fixture.bodiesFor(units) },
  );
  return { ...raw, state: 'DRAFT', level: routing.level, routing, history: [] };
});

describe('done means: dairy-goat breed purity from five Naryn villages to the Ministry of Agriculture memorandum', () => {
  it('1. the evidence of every village is valid', () => {
    for (const issue of issues) expect(validateFacts(issue.evidence, NOW)).toEqual([]);
    expect(issues.map((issue) => fixture.nameOf(issue.unitId))).toEqual(['Kazybek', 'Kara-Suu', 'Taldy-Suu', 'Jergetal', 'Kazan-Kuygan']);
  });

  it('2. routing proposes NATIONAL for keeping breeds pure at national level (a normative act), LOCAL for the local requests', () => {
    expect(issues.map((issue) => issue.routing.level)).toEqual(['NATIONAL', 'LOCAL', 'LOCAL', 'NATIONAL', 'LOCAL']);
    const [kazybek, karaSuu] = issues;
    expect(kazybek.routing.reasons).toEqual([
      'The proposal needs a normative act: Cabinet resolutions and ministry orders are adopted at national level',
      'The proposal asks for a rule for the whole country ("national level"), which takes a normative act at national level',
    ]);
    expect(kazybek.routing.bodies.map((body) => body.code)).toEqual(['CABINET_OF_MINISTERS', 'MIN_WATER_AGRICULTURE', 'VETERINARY_PHYTOSANITARY_SERVICE']);
    expect(karaSuu.routing.bodies.map((body) => body.code)).toEqual(['AYIL_OKMOTU:41704220836000']);
  });

  it('3. field staff submit, the coordinator refines and forwards to the proposed bodies', () => {
    for (const issue of issues) {
      act(issue, { type: 'SUBMIT' }, 'RAISER');
      act(issue, { type: 'START_REFINEMENT' }, 'RAISER_COORDINATOR');
      act(issue, { type: 'FORWARD', note: 'Refined: evidence from the social passports added', toLevel: issue.routing.level, bodyIds: issue.routing.bodies.map((body) => body.bodyId) }, 'RAISER_COORDINATOR');
      expect(issue.state).toBe('ADDRESSED');
    }
    // Field staff cannot skip their coordinator.
    expect(transitionIssue('SUBMITTED', { type: 'FORWARD', toLevel: 'LOCAL', bodyIds: ['x'] }, 'RAISER')).toMatchObject({ code: 'ACTOR_NOT_ALLOWED' });
  });

  it('4. the five issues are grouped into one shared issue at national level, with their evidence', () => {
    const { groups, ungrouped } = groupIssues(issues.map(({ id, organisationId, unitId, proposal, level }) => ({ id, organisationId, unitId, proposal, level, themeCodes: ['LIVESTOCK'], interventionCode: 'DAIRY_GOATS' })));
    expect(ungrouped).toEqual([]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ issueIds: ['issue-1', 'issue-2', 'issue-3', 'issue-4', 'issue-5'], level: 'NATIONAL', organisationIds: ['implementer-a', 'implementer-b'] });
    expect(groups[0].links).toHaveLength(4);
    for (const link of groups[0].links) expect(link.text.sharedConcepts).toEqual(expect.arrayContaining(['BREED', 'GOAT']));

    const aggregated = aggregateEvidence(issues.map(({ id, organisationId, unitId, evidence }) => ({ id, organisationId, unitId, evidence })));
    expect(aggregated).toMatchObject({ villages: 5, organisations: 2, totalPopulation: 3450 + 2870 + 1990 + 1540 + 2310, vulnerableHouseholds: 212 + 164 + 131 + 97 + 148 });
    expect(aggregated.indicators.find((summary) => summary.indicator === 'ALTITUDE')).toMatchObject({ min: 2020, max: 2230 });
    expect(checkEscalationThreshold(aggregated).reached).toBe(true);
    expect(checkEscalationThreshold({ ...aggregated, villages: 4 }).reached).toBe(false);
  });

  it('5. unanswered local issues go village -> rayon -> oblast -> national on their deadlines, once each', () => {
    const karaSuu = issues[1];
    const kazanKuygan = issues[4];
    const enqueued = new Set<string>();
    const visited = (issue: FieldIssue) => {
      const steps: string[] = [];
      let addressedAt = NOW;
      for (;;) {
        const deadline = responseDeadline(issue.level, addressedAt);
        const after = new Date(deadline.getTime() + 1000);
        // Two workers run the same job: the natural key lets only the first act.
        const checks = [0, 1].map(() => checkDeadlineEscalation({ issueId: issue.id, state: issue.state, level: issue.level, deadline, scheduledFor: deadline }, after, chainOf(issue)));
        expect(checks[1]).toEqual(checks[0]);
        const check = checks[0];
        if (check.outcome !== 'ESCALATE') {
          steps.push(`${check.outcome} at ${issue.level}`);
          return steps;
        }
        expect(enqueued.has(check.key)).toBe(false);
        enqueued.add(check.key);
        expect(escalationJobId(issue.id, issue.level, deadline)).not.toContain(':');
        act(issue, { type: 'ESCALATE', note: check.note, fromLevel: issue.level, toLevel: check.target.level, bodyIds: check.target.bodies.map((body) => body.bodyId) }, 'SYSTEM');
        steps.push(`${check.target.level}: ${check.target.bodies.map((body) => body.code).join(', ')}`);
        addressedAt = after;
      }
    };
    expect(visited(karaSuu)).toEqual([
      'DISTRICT: RAYON_STATE_ADMINISTRATION:41704220000000, RAYON_AGRICULTURE_DEPARTMENT:41704220000000, RAYON_VETERINARY_SERVICE:41704220000000',
      'REGIONAL: PLENIPOTENTIARY_REPRESENTATIVE:41704000000000',
      'NATIONAL: CABINET_OF_MINISTERS, MIN_WATER_AGRICULTURE, VETERINARY_PHYTOSANITARY_SERVICE',
      'AT_TOP at NATIONAL',
    ]);
    // Kazan-Kuygan lies in Naryn rayon: another rayon's bodies, the same oblast.
    expect(visited(kazanKuygan)[0]).toBe('DISTRICT: RAYON_STATE_ADMINISTRATION:41704245000000, RAYON_AGRICULTURE_DEPARTMENT:41704245000000, RAYON_VETERINARY_SERVICE:41704245000000');
    expect(karaSuu.history).toEqual([
      'SUBMIT by RAISER -> SUBMITTED',
      'START_REFINEMENT by RAISER_COORDINATOR -> IN_REFINEMENT',
      'FORWARD by RAISER_COORDINATOR -> ADDRESSED at LOCAL',
      'ESCALATE by SYSTEM -> ADDRESSED at DISTRICT',
      'ESCALATE by SYSTEM -> ADDRESSED at REGIONAL',
      'ESCALATE by SYSTEM -> ADDRESSED at NATIONAL',
    ]);
    expect(enqueued.size).toBe(6);
  });

  it('6. the position goes through the Ministry of Agriculture memorandum and its wait is told', () => {
    let item: AdvocacyItem = { state: 'DRAFTED', history: [{ state: 'DRAFTED', at: new Date('2025-10-01T04:00:00Z') }] };
    const step = (action: 'SUBMIT' | 'START_REVIEW', at: string, note: string) => {
      const result = transitionAdvocacy(item, { action, at: new Date(at), note, documentRefs: [{ ref: 'dossier-shared-issue-1' }] }, new Date('2026-03-01T00:00:00Z'));
      if ('error' in result) throw new Error(result.error);
      item = result.item;
    };
    step('SUBMIT', '2025-10-15T04:00:00Z', 'Channel MOA_MEMORANDUM: dossier of five villages, 12,160 people, 752 vulnerable households');
    step('START_REVIEW', '2025-11-20T04:00:00Z', 'Inter-ministerial meeting convened by the Ministry of Agriculture');
    expect(describeWaiting(item, new Date('2026-03-01T00:00:00Z')).sentence).toBe('submitted October 2025, under review since November 2025, not adopted after 137 days');
  });
});
