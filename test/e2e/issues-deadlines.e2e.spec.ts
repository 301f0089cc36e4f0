import { INestApplicationContext } from '@nestjs/common';
import { IssueDeadlineRuntime, IssueDeadlineTimers } from '@yntymak/issues';
import { escalationJobId } from '@yntymak/issues-domain';
import { GqlClient, waitFor } from '@yntymak/testing';
import { TestSystem, anOrganisation, startSystem, startWorker } from '../support/harness';

const KAZYBEK_VILLAGE = '41704220830010';
// One deadline "day" lasts one second here; the district gets more days so that a test can stop a
// worker and lose its timer before that deadline passes.
const DEADLINES = { ISSUE_DEADLINE_DAY_MS: '1000', ISSUE_DEADLINE_DAYS_LOCAL: '2', ISSUE_DEADLINE_DAYS_DISTRICT: '6', ISSUE_DEADLINE_DAYS_REGIONAL: '2', ISSUE_DEADLINE_DAYS_NATIONAL: '2' };

const RAISE = `mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id version } }`;
const TRANSITION = `mutation($input: TransitionIssueInput!) { transitionIssue(input: $input) { id version state level deadlineAt } }`;
const ISSUE = `query($id: ID!) { issue(id: $id) { state level deadlineAt escalationCount history { action actorRole actorOrganisationId fromLevel toLevel reason } } }`;

type History = Array<{ action: string; actorRole: string; actorOrganisationId: string | null; fromLevel: string | null; toLevel: string | null; reason: string | null }>;

describe('issue deadlines: escalation on a missed deadline, exactly once', () => {
  let system: TestSystem;
  let raiser: { id: string; client: GqlClient };
  let village: string;
  const workers: INestApplicationContext[] = [];
  let timers: IssueDeadlineTimers;

  /** Raises an issue and forwards it (the raiser has no separate refiner, so it forwards itself). */
  async function addressedIssue(): Promise<string> {
    const { raiseIssue } = await raiser.client.data(RAISE, {
      input: {
        adminUnitId: village,
        themes: ['LIVESTOCK'],
        interventionCode: 'DAIRY_GOATS',
        title: { en: 'Goat recipients' },
        proposal: { en: 'Choose the families that receive dairy goats with the social passport.' },
        submit: true,
      },
    });
    const { transitionIssue } = await raiser.client.data(TRANSITION, { input: { id: raiseIssue.id, action: 'FORWARD', expectedVersion: raiseIssue.version } });
    expect(transitionIssue).toMatchObject({ state: 'ADDRESSED', level: 'LOCAL' });
    return raiseIssue.id;
  }
  const history = async (id: string): Promise<History> => (await raiser.client.data(ISSUE, { id })).issue.history;
  const escalations = async (id: string) =>
    system.db.sql<{ action: string; from_level: string; to_level: string; escalation_key: string }>(
      `SELECT action, from_level, to_level, escalation_key FROM issue_events WHERE issue_id = $1 AND escalation_key IS NOT NULL ORDER BY version`,
      [id],
    );

  beforeAll(async () => {
    system = await startSystem({ env: DEADLINES });
    raiser = await anOrganisation(system, 'Kazybek service provider', 'IMPLEMENTER');
    [{ id: village }] = await system.db.sql<{ id: string }>(`SELECT id FROM admin_units WHERE code = $1`, [KAZYBEK_VILLAGE]);
    timers = new IssueDeadlineTimers(system.config.redisUrl, system.config.queuePrefix);
  });
  afterAll(async () => {
    for (const worker of workers) await worker.close().catch(() => undefined);
    await timers?.close();
    await system?.close();
  });

  it('with two workers, each missed deadline escalates once: village → rayon → oblast → national, then the coordinator is told once', async () => {
    workers.push(await startWorker(system.config), await startWorker(system.config));
    const id = await addressedIssue();
    const done = await waitFor(async () => {
      const entries = await history(id);
      return entries.some((e) => e.action === 'DEADLINE_AT_TOP') && entries;
    }, 'the deadline to pass at national level', 45_000, 200);
    const system_ = done.filter((e) => e.actorRole === 'SYSTEM');
    expect(system_.map((e) => [e.action, e.fromLevel, e.toLevel])).toEqual([
      ['ESCALATE', 'LOCAL', 'DISTRICT'],
      ['ESCALATE', 'DISTRICT', 'REGIONAL'],
      ['ESCALATE', 'REGIONAL', 'NATIONAL'],
      ['DEADLINE_AT_TOP', 'NATIONAL', null],
    ]);
    expect(system_.every((e) => e.actorOrganisationId === null && /No response at [A-Z]+ level by the deadline/.test(e.reason ?? ''))).toBe(true);
    const keys = (await escalations(id)).map((e) => e.escalation_key);
    expect(new Set(keys).size).toBe(4);
    const { issue } = await raiser.client.data(ISSUE, { id });
    expect(issue).toMatchObject({ state: 'ADDRESSED', level: 'NATIONAL', escalationCount: 3 });
    // The coordinating body is told, once.
    const told = await waitFor(async () => {
      const { alerts } = await system.coordinator.data(`{ alerts { totalCount edges { node { kind message } } } }`);
      return alerts.totalCount > 0 && alerts;
    }, 'the coordinator to be told');
    expect(told.edges).toEqual([{ node: { kind: 'issue.transitioned', message: expect.stringMatching(/^No response at NATIONAL level by the deadline .*There is no higher level/) } }]);
    // Nothing further happens: the national deadline is recorded once, not again and again.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await escalations(id)).toHaveLength(4);
  });

  it('the database guard holds when both workers run the same due timer at once', async () => {
    const id = await addressedIssue();
    const [row] = await system.db.sql<{ deadline_at: Date }>(`SELECT deadline_at FROM issues WHERE id = $1`, [id]);
    const job = { issueId: id, level: 'LOCAL' as const, deadlineAt: row.deadline_at.toISOString() };
    const late = new Date(row.deadline_at.getTime() + 1);
    // Both escalators act before their own timers fire (the clock is passed in).
    const outcomes = await Promise.all(workers.map((worker) => worker.get(IssueDeadlineRuntime).escalator.run(job, late)));
    expect(outcomes.filter((o) => o === 'ESCALATED')).toHaveLength(1);
    expect(outcomes.filter((o) => o.startsWith('SKIPPED'))).toHaveLength(1);
    // And the timer itself, firing later, finds nothing to do for that deadline.
    await waitFor(async () => (await history(id)).filter((e) => e.action === 'ESCALATE').length >= 1, 'the escalation');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const rows = await escalations(id);
    expect(rows.filter((e) => e.from_level === 'LOCAL')).toHaveLength(1);
  });

  it('a timer lost while the workers were down is set again by the sweep at start, and fires once', async () => {
    for (const worker of workers.splice(0)) await worker.close();
    // Addressed while no worker runs: the outbox keeps the event until one starts.
    const id = await addressedIssue();
    workers.push(await startWorker(system.config));
    await waitFor(async () => (await history(id)).some((e) => e.action === 'ESCALATE' && e.toLevel === 'DISTRICT'), 'the first escalation', 20_000, 100);
    await workers.splice(0)[0].close();
    // Lose the district timer, as a Redis without persistence would after a restart.
    const [row] = await system.db.sql<{ deadline_at: Date; decision_level: 'DISTRICT' }>(`SELECT deadline_at, decision_level FROM issues WHERE id = $1`, [id]);
    expect(row.decision_level).toBe('DISTRICT');
    const jobId = escalationJobId(id, 'DISTRICT', row.deadline_at);
    await waitFor(async () => (await timers.job(jobId)) !== undefined, 'the district timer to exist');
    await timers.remove(jobId);
    expect(await timers.job(jobId)).toBeUndefined();

    workers.push(await startWorker(system.config));
    await waitFor(async () => (await timers.job(jobId)) !== undefined, 'the sweep to set the timer again');
    await waitFor(async () => (await history(id)).some((e) => e.action === 'ESCALATE' && e.toLevel === 'REGIONAL'), 'the district deadline to escalate', 20_000, 100);
    const rows = await escalations(id);
    expect(rows.filter((e) => e.from_level === 'LOCAL')).toHaveLength(1);
    expect(rows.filter((e) => e.from_level === 'DISTRICT')).toHaveLength(1);
  });

  it('an answer stops the clock: a resolved issue is not escalated when its old timer fires', async () => {
    const okmotu = await anOrganisation(system, 'Kazybek okmotu', 'GOVERNMENT_BODY');
    const [{ id: body }] = await system.db.sql<{ id: string }>(`SELECT id FROM government_bodies WHERE code = 'AYIL_OKMOTU:41704220830000'`);
    await system.coordinator.data(`mutation($input: LinkGovernmentBodyInput!) { linkGovernmentBody(input: $input) { organisationId } }`, { input: { organisationId: okmotu.id, governmentBodyId: body } });
    const id = await addressedIssue();
    const current = (await raiser.client.data(`query($id: ID!) { issue(id: $id) { version } }`, { id })).issue.version;
    const resolved = await okmotu.client.data(TRANSITION, { input: { id, action: 'RESOLVE', expectedVersion: current } });
    expect(resolved.transitionIssue).toMatchObject({ state: 'RESOLVED', deadlineAt: null });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await escalations(id)).toHaveLength(0);
  });

  it('tells the owners of active projects in the same area and theme when the issue is forwarded, once', async () => {
    const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
    const ALERTS = `{ alerts { totalCount edges { node { kind message projects { projectId ownerId title } } } } }`;
    const nearby = await anOrganisation(system, 'Goat Donor', 'DONOR');
    const faraway = await anOrganisation(system, 'Chuy Donor', 'DONOR');
    const project = (coverage: string) => ({ title: { en: 'Dairy goats' }, status: 'ACTIVE', visibility: 'PUBLISHED', startDate: '2025-01-01', endDate: '2027-12-31', coverage: [coverage], themes: ['LIVESTOCK'] });
    const { createProject } = await nearby.client.data(CREATE, { input: project('41704220000000') });
    await faraway.client.data(CREATE, { input: project('41708000000000') });
    const id = await addressedIssue();
    const alerts = await waitFor(async () => {
      const data = (await nearby.client.data(ALERTS)).alerts;
      return data.totalCount > 0 && data;
    }, 'the project owner to be told', 20_000, 100);
    expect(alerts.edges).toEqual([
      { node: { kind: 'issue.addressed', message: expect.stringMatching(/^An issue about Kazybek \(LIVESTOCK\) went to the government at LOCAL level/), projects: [{ projectId: createProject.id, ownerId: nearby.id, title: 'Dairy goats' }] } },
    ]);
    expect((await faraway.client.data(ALERTS)).alerts.totalCount).toBe(0);
    const [{ n }] = await system.db.sql<{ n: string }>(`SELECT count(*) AS n FROM alerts WHERE event_key = $1`, [`issue.related-projects:${id}`]);
    expect(Number(n)).toBe(1);
  });
});
