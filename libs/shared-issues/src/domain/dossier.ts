import { AggregatedEvidence, Fact, IndicatorSummary, ThresholdCheck, aggregateEvidence } from '@yntymak/issues-domain';

/** The version of the dossier's shape: a consumer (a ministry's archive, a script) can rely on it. */
export const DOSSIER_SCHEMA = 'yntymak.shared-issue-dossier/1';

export interface DossierMemberInput {
  issueId: string;
  organisationId: string;
  unitId: string;
  projectId: string | null;
  title: string | null;
  /** The refined proposal where there is one. */
  proposal: string;
  level: string;
  state: string;
  evidence: readonly Fact[];
  groupedBy: 'AUTOMATIC' | 'MANUAL';
  explanation: readonly string[];
}

export interface DossierInput {
  sharedIssue: { id: string; title: string; level: string; themeCodes: readonly string[]; interventionCodes: readonly string[] };
  members: readonly DossierMemberInput[];
  organisations: ReadonlyMap<string, { name: string; kind: string }>;
  /** Village name and the names of the units above it ("At-Bashy rayon, Naryn oblast"). */
  units: ReadonlyMap<string, { name: string; within: string }>;
  projects: ReadonlyMap<string, string>;
  threshold: ThresholdCheck;
  /** Why the dossier went up: the threshold job, or the coordinator on demand. */
  trigger: 'THRESHOLD' | 'ON_DEMAND' | null;
  note: string | null;
  advocacy: readonly { id: string; title: string; kind: string; channel: string; state: string; waiting: string }[];
  preparedAt: Date;
}

export interface DossierIssue {
  issueId: string;
  title: string | null;
  organisation: string;
  village: string;
  within: string;
  level: string;
  state: string;
  proposal: string;
  evidence: { indicator: string; value: number; unit: string; source: string; date: string }[];
  groupedBy: 'AUTOMATIC' | 'MANUAL';
  whyInThisGroup: string[];
}

/** A stable document: the same input gives the same JSON, key order included. */
export interface Dossier {
  schema: typeof DOSSIER_SCHEMA;
  sharedIssueId: string;
  title: string;
  decisionLevel: string;
  themes: string[];
  interventions: string[];
  preparedAt: string;
  trigger: 'THRESHOLD' | 'ON_DEMAND' | null;
  note: string | null;
  threshold: { reached: boolean; reasons: string[] };
  summary: { issues: number; villages: number; totalPopulation: number; vulnerableHouseholds: number; organisations: number; projects: number };
  indicators: IndicatorSummary[];
  villages: { unitId: string; name: string; within: string }[];
  organisations: { organisationId: string; name: string; kind: string }[];
  projects: { projectId: string; title: string }[];
  issues: DossierIssue[];
  conflicts: AggregatedEvidence['conflicts'];
  advocacy: { advocacyItemId: string; title: string; kind: string; channel: string; state: string; waiting: string }[];
}

/** Assembles the dossier of a shared issue from its members and the names around them. Pure. */
export function buildDossier(input: DossierInput): Dossier {
  const members = [...input.members].sort((a, b) => compare(a.issueId, b.issueId));
  const evidence = aggregateEvidence(members.map((m) => ({ id: m.issueId, organisationId: m.organisationId, unitId: m.unitId, projectId: m.projectId, evidence: m.evidence })));
  const unit = (id: string) => input.units.get(id) ?? { name: id, within: '' };
  const organisation = (id: string) => input.organisations.get(id) ?? { name: id, kind: 'UNKNOWN' };
  return {
    schema: DOSSIER_SCHEMA,
    sharedIssueId: input.sharedIssue.id,
    title: input.sharedIssue.title,
    decisionLevel: input.sharedIssue.level,
    themes: [...input.sharedIssue.themeCodes].sort(compare),
    interventions: [...input.sharedIssue.interventionCodes].sort(compare),
    preparedAt: input.preparedAt.toISOString(),
    trigger: input.trigger,
    note: input.note,
    threshold: { reached: input.threshold.reached, reasons: [...input.threshold.reasons] },
    summary: {
      issues: evidence.issues,
      villages: evidence.villages,
      totalPopulation: evidence.totalPopulation,
      vulnerableHouseholds: evidence.vulnerableHouseholds,
      organisations: evidence.organisations,
      projects: evidence.projects,
    },
    indicators: evidence.indicators,
    villages: evidence.unitIds.map((id) => ({ unitId: id, ...unit(id) })).sort((a, b) => compare(a.name, b.name)),
    organisations: evidence.organisationIds.map((id) => ({ organisationId: id, ...organisation(id) })).sort((a, b) => compare(a.name, b.name)),
    projects: evidence.projectIds.map((id) => ({ projectId: id, title: input.projects.get(id) ?? id })),
    issues: members.map((m) => ({
      issueId: m.issueId,
      title: m.title,
      organisation: organisation(m.organisationId).name,
      village: unit(m.unitId).name,
      within: unit(m.unitId).within,
      level: m.level,
      state: m.state,
      proposal: m.proposal,
      evidence: m.evidence.map((f) => ({ indicator: f.indicator, value: f.value, unit: f.unit, source: f.source, date: f.date })),
      groupedBy: m.groupedBy,
      whyInThisGroup: [...m.explanation],
    })),
    conflicts: evidence.conflicts,
    advocacy: input.advocacy.map((a) => ({ advocacyItemId: a.id, title: a.title, kind: a.kind, channel: a.channel, state: a.state, waiting: a.waiting })),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
