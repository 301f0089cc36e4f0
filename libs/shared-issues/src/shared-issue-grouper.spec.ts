/**
 * The grouping job and the threshold escalation on the real database, as the worker runs them (owner
 * connection): issues in five villages become one shared issue that is sent once, however many
 * times and by however many workers the job runs.
 */
import { DataSource } from 'typeorm';
import pino from 'pino';
import { createDataSource } from '@yntymak/database';
import { EventType } from '@yntymak/outbox';
import { TestDatabase, createTestDatabase } from '@yntymak/testing';
import { BREED_PURITY, NARYN_VILLAGES, VILLAGE_FACTS, anAddressedIssue, anOrganisation } from '../test-support/field-issues';
import { AdvocacyRepository } from './advocacy/advocacy.repository';
import { AlertDossierSentHandler } from './escalation/alert-dossier-sent.handler';
import { SharedIssueEscalator } from './escalation/shared-issue-escalator';
import { SharedIssueGrouper } from './grouping/shared-issue-grouper';
import { SharedIssueRepository } from './shared-issue.repository';

const logger = pino({ level: 'silent' });

describe('SharedIssueGrouper', () => {
  let db: TestDatabase;
  let owner: DataSource;
  let grouper: SharedIssueGrouper;
  let second: SharedIssueGrouper;
  let orgA: string;
  let orgB: string;
  let coordinator: string;
  const issues: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = await createDataSource({ url: db.ownerUrl, poolSize: 4, applicationName: 'shared-issues-spec' }).initialize();
    const repo = new SharedIssueRepository();
    const escalator = new SharedIssueEscalator(repo, new AdvocacyRepository(), { minVillages: 5, minOrganisations: 2 });
    grouper = new SharedIssueGrouper(owner, repo, escalator, { minSimilarity: 0.35 }, logger);
    second = new SharedIssueGrouper(owner, repo, escalator, { minSimilarity: 0.35 }, logger);
    coordinator = await anOrganisation(db.sql, 'Coordination Agency', 'COORDINATOR');
    orgA = await anOrganisation(db.sql, 'Implementer A');
    orgB = await anOrganisation(db.sql, 'Implementer B');
  });

  afterAll(async () => {
    await owner.destroy();
    await db.drop();
  });

  const raise = async (n: number) => {
    const id = await anAddressedIssue(db.sql, { organisationId: n < 3 ? orgA : orgB, unitCode: NARYN_VILLAGES[n], proposal: BREED_PURITY[n], facts: VILLAGE_FACTS[n], level: n === 0 ? 'NATIONAL' : 'LOCAL' });
    issues.push(id);
    return id;
  };
  const sharedIssues = () => db.sql<{ id: string; state: string; decision_level: string; evidence: any; escalation_trigger: string | null }>(`SELECT * FROM shared_issues WHERE state <> 'DISSOLVED' ORDER BY created_at`);
  const escalationEvents = () => db.sql(`SELECT * FROM outbox_events WHERE type = $1`, [EventType.SharedIssueEscalated]);

  it('leaves a single issue alone, then groups the second one with it, with the reasons', async () => {
    expect(await grouper.regroupAround(await raise(0))).toEqual({ sharedIssueId: null, steps: [], escalated: false });
    const outcome = await grouper.regroupAround(await raise(1));
    expect(outcome.steps).toEqual(['CREATE', 'ADD', 'ADD']);
    const members = await db.sql<{ issue_id: string; grouped_by: string; explanation: any }>(`SELECT * FROM shared_issue_members ORDER BY issue_id`);
    expect(members).toHaveLength(2);
    expect(members[0].explanation.reasons).toEqual(expect.arrayContaining(['same intervention DAIRY_GOATS', 'about different villages']));
    const [shared] = await sharedIssues();
    // A village's local request backs the national proposal: the shared issue takes the higher level.
    expect(shared).toMatchObject({ state: 'OPEN', decision_level: 'NATIONAL' });
    expect(shared.evidence).toMatchObject({ villages: 2, totalPopulation: 6320, vulnerableHouseholds: 376 });
  });

  it('does not group a different problem about the same villages', async () => {
    const greenhouse = await anAddressedIssue(db.sql, { organisationId: orgA, unitCode: NARYN_VILLAGES[2], proposal: 'Build winter greenhouses with the ayil okmotu', intervention: 'GREENHOUSE', themes: ['FOOD_SECURITY'] });
    expect((await grouper.regroupAround(greenhouse)).sharedIssueId).toBeNull();
  });

  it('sends the shared issue once when the fifth village joins, even with two workers at once', async () => {
    await grouper.regroupAround(await raise(2));
    await grouper.regroupAround(await raise(3));
    expect((await sharedIssues())[0].state).toBe('OPEN');
    const fifth = await raise(4);
    const outcomes = await Promise.all([grouper.regroupAround(fifth), second.regroupAround(fifth)]);
    expect(outcomes.filter((o) => o.escalated)).toHaveLength(1);
    const [shared] = await sharedIssues();
    expect(shared).toMatchObject({ state: 'ESCALATED', escalation_trigger: 'THRESHOLD' });
    expect(shared.evidence).toMatchObject({ villages: 5, organisations: 2, totalPopulation: 12160, vulnerableHouseholds: 752 });
    const [dossier] = await db.sql<{ dossier: any }>(`SELECT dossier FROM shared_issues WHERE id = $1`, [shared.id]);
    expect(dossier.dossier.summary).toEqual({ issues: 5, villages: 5, totalPopulation: 12160, vulnerableHouseholds: 752, organisations: 2, projects: 0 });
    expect(dossier.dossier.villages.map((v: { name: string }) => v.name)).toHaveLength(5);
    // Re-running the job changes nothing and sends nothing more.
    for (const id of issues) expect(await grouper.regroupAround(id)).toMatchObject({ steps: [], escalated: false });
    expect(await escalationEvents()).toHaveLength(1);
  });

  it('keeps the members of a sent shared issue when one is withdrawn', async () => {
    await db.sql(`UPDATE issues SET state = 'WITHDRAWN', deadline_at = NULL WHERE id = $1`, [issues[4]]);
    expect((await grouper.regroupAround(issues[4])).steps).toEqual([]);
    expect(await db.sql(`SELECT 1 FROM shared_issue_members WHERE issue_id = $1`, [issues[4]])).toHaveLength(1);
  });

  it('alerts the coordinator and each member organisation once', async () => {
    const [event] = await escalationEvents();
    const handler = new AlertDossierSentHandler(owner);
    const domainEvent = { eventId: String(event.event_id), type: EventType.SharedIssueEscalated, aggregateType: 'shared_issue', aggregateId: String(event.aggregate_id), organisationId: null, payload: {}, createdAt: '' };
    expect(await handler.handle(domainEvent)).toBe('done');
    expect(await handler.handle(domainEvent)).toBe('skipped');
    const alerts = await db.sql<{ organisation_id: string; payload: any }>(`SELECT organisation_id, payload FROM alerts WHERE kind = $1 ORDER BY organisation_id`, [EventType.SharedIssueEscalated]);
    expect(alerts.map((a) => a.organisation_id).sort()).toEqual([coordinator, orgA, orgB].sort());
    expect(alerts[0].payload.explanation).toContain('5 villages, 12,160 people, 752 vulnerable households; NATIONAL level');
  });

  it('removes an unsent automatic member that closes, and dissolves a shared issue left with one issue', async () => {
    const a = await anAddressedIssue(db.sql, { organisationId: orgA, unitCode: NARYN_VILLAGES[0], proposal: 'Allocate state-fund land to young families for pasture', intervention: 'STATE_LAND_ALLOCATION', themes: ['PASTURE'] });
    expect((await grouper.regroupAround(a)).sharedIssueId).toBeNull();
    const b = await anAddressedIssue(db.sql, { organisationId: orgB, unitCode: NARYN_VILLAGES[3], proposal: 'Allocate land from the state land fund to young families for pasture', intervention: 'STATE_LAND_ALLOCATION', themes: ['PASTURE'] });
    const created = await grouper.regroupAround(b);
    expect(created.steps).toContain('CREATE');
    await db.sql(`UPDATE issues SET state = 'RESOLVED', deadline_at = NULL WHERE id = $1`, [b]);
    expect((await grouper.regroupAround(b)).steps).toEqual(['REMOVE', 'DISSOLVE']);
    expect(await db.sql(`SELECT state FROM shared_issues WHERE id = $1`, [created.sharedIssueId])).toEqual([{ state: 'DISSOLVED' }]);
    expect(await db.sql(`SELECT 1 FROM shared_issue_members WHERE issue_id = ANY($1::uuid[])`, [[a, b]])).toHaveLength(0);
  });
});
