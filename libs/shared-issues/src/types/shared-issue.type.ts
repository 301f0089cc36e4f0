import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@yntymak/graphql-kit';

export const SHARED_ISSUE_STATES = ['OPEN', 'ESCALATED', 'MERGED', 'DISSOLVED'] as const;
export const SharedIssueStateEnum = Object.fromEntries(SHARED_ISSUE_STATES.map((s) => [s, s]));
registerEnumType(SharedIssueStateEnum, {
  name: 'SharedIssueState',
  description: 'OPEN: growing; ESCALATED: sent to the coordinating body as a dossier (it still grows); MERGED: folded into another; DISSOLVED: fewer than two issues left.',
});

export const GROUPED_BY = ['AUTOMATIC', 'MANUAL'] as const;
export const GroupedByEnum = Object.fromEntries(GROUPED_BY.map((s) => [s, s]));
registerEnumType(GroupedByEnum, { name: 'GroupedBy', description: 'AUTOMATIC: by the grouping job; MANUAL: by the coordinator (automatic regrouping never undoes it).' });

@ObjectType()
export class SharedIssueOrganisation {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() kind: string;
}

@ObjectType()
export class SharedIssueVillage {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType()
export class EvidenceIndicator {
  @Field() indicator: string;
  @Field() unit: string;
  @Field({ description: 'SUM (population, households...) or RANGE (altitude, income...).' }) aggregation: string;
  @Field(() => Float, { nullable: true }) total: number | null;
  @Field(() => Float, { nullable: true }) min: number | null;
  @Field(() => Float, { nullable: true }) max: number | null;
  @Field(() => Int) unitsReporting: number;
}

@ObjectType({ description: 'The evidence of all member issues, aggregated (a village counts once per indicator).' })
export class SharedIssueEvidence {
  @Field(() => Int) issues: number;
  @Field(() => Int) villages: number;
  @Field(() => Int) totalPopulation: number;
  @Field(() => Int) vulnerableHouseholds: number;
  @Field(() => Int) organisations: number;
  @Field(() => Int) projects: number;
  @Field(() => [SharedIssueVillage]) villageUnits: SharedIssueVillage[];
  @Field(() => [SharedIssueOrganisation]) organisationsConcerned: SharedIssueOrganisation[];
  @Field(() => [ID]) projectIds: string[];
  @Field(() => [EvidenceIndicator]) indicators: EvidenceIndicator[];
  @Field(() => Int, { description: 'Villages for which issues report differing figures (the dossier lists them).' }) conflicts: number;
}

@ObjectType({ description: 'Why an issue is in the shared issue.' })
export class MemberExplanation {
  @Field(() => ID, { nullable: true, description: 'The member it was linked to when grouped.' }) linkedIssueId: string | null;
  @Field(() => Float, { nullable: true }) similarity: number | null;
  @Field(() => [String], { description: 'same intervention DAIRY_GOATS; similar proposals (0.72...); raised by different organisations...' }) reasons: string[];
  @Field(() => String, { nullable: true, description: "The coordinator's note for a manual decision." }) note: string | null;
}

@ObjectType()
export class SharedIssueMember {
  @Field(() => ID) issueId: string;
  @Field(() => SharedIssueOrganisation) organisation: SharedIssueOrganisation;
  @Field(() => SharedIssueVillage) village: SharedIssueVillage;
  @Field(() => GroupedByEnum) groupedBy: string;
  @Field(() => MemberExplanation) explanation: MemberExplanation;
  @Field() addedAt: string;
}

@ObjectType()
export class EscalationThresholdCheck {
  @Field() reached: boolean;
  @Field(() => [String], { description: '"4 of 5 villages needed: 1 more"' }) reasons: string[];
}

@ObjectType()
export class SharedIssueEvent {
  @Field({ description: 'CREATED, MEMBER_ADDED, MEMBER_MOVED_IN, MEMBER_MOVED_OUT, MEMBER_REMOVED, MERGED, SPLIT, ESCALATED, DISSOLVED' }) kind: string;
  @Field(() => ID, { nullable: true }) issueId: string | null;
  @Field(() => ID, { nullable: true, description: 'Null: the grouping job.' }) actorOrganisationId: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() at: string;
}

@ObjectType('SharedIssue')
export class SharedIssueType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field({ description: 'The highest decision level among the members.' }) decisionLevel: string;
  @Field(() => SharedIssueStateEnum) state: string;
  @Field(() => GroupedByEnum, { description: 'Who made it: the grouping job or the coordinator (a split).' }) origin: string;
  @Field(() => [String]) themeCodes: string[];
  @Field(() => [String]) interventionCodes: string[];
  @Field(() => Float, { nullable: true, description: 'Mean text similarity of the members when last grouped.' }) cohesion: number | null;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) escalatedAt: string | null;
  @Field(() => String, { nullable: true, description: 'THRESHOLD or ON_DEMAND.' }) escalationTrigger: string | null;
  @Field(() => ID, { nullable: true }) mergedIntoId: string | null;
  @Field(() => SharedIssueEvidence) evidence: SharedIssueEvidence;
  @Field(() => EscalationThresholdCheck, { description: 'Against the configured threshold (SHARED_ISSUE_ESCALATION_MIN_VILLAGES...).' }) threshold: EscalationThresholdCheck;
  @Field(() => [SharedIssueMember], { description: 'Members whose organisation and village the caller may see (all of them).' }) members: SharedIssueMember[];
  @Field(() => [SharedIssueEvent]) history: SharedIssueEvent[];
  @Field() createdAt: string;
  @Field() updatedAt: string;
}

@ObjectType()
export class SharedIssueConnection extends Connection(SharedIssueType, 'SharedIssue') {}

export const DOSSIER_FORMATS = ['JSON', 'MARKDOWN', 'HTML'] as const;
export type DossierFormat = (typeof DOSSIER_FORMATS)[number];
export const DossierFormatEnum = Object.fromEntries(DOSSIER_FORMATS.map((s) => [s, s]));
registerEnumType(DossierFormatEnum, { name: 'DossierFormat' });

@ObjectType('SharedIssueDossier')
export class SharedIssueDossierType {
  @Field(() => DossierFormatEnum) format: DossierFormat;
  @Field({ description: 'application/json, text/markdown or text/html; charset=utf-8' }) contentType: string;
  @Field({ description: 'A file name to save it under.' }) fileName: string;
  @Field({ description: 'The document. Once sent, the same text every time.' }) content: string;
  @Field({ description: 'True: the dossier as sent to the coordinating body. False: a preview of what would be sent now.' }) sent: boolean;
  @Field() preparedAt: string;
}

@ObjectType()
export class SplitSharedIssueResult {
  @Field(() => SharedIssueType) original: SharedIssueType;
  @Field(() => SharedIssueType) created: SharedIssueType;
}
