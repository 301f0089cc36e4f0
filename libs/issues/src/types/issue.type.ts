import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActorRole, DecisionLevel, IssueState } from '@yntymak/issues-domain';
import { Connection } from '@yntymak/graphql-kit';
import { I18nText, IssueRecord } from '../domain/issue-record';
import { DecisionLevelEnum, IssueActorRoleEnum, IssueHistoryActionEnum, IssueStateEnum } from '../dto/issue-enums';

@ObjectType()
export class IssueText {
  @Field(() => String, { nullable: true }) ky?: string;
  @Field(() => String, { nullable: true }) ru?: string;
  @Field(() => String, { nullable: true }) en?: string;
}

@ObjectType({ description: 'The coordinator’s refinement, kept beside the original text.' })
export class IssueRefinement {
  @Field(() => IssueText, { nullable: true }) title: I18nText | null;
  @Field(() => IssueText, { nullable: true }) summary: I18nText | null;
  @Field(() => IssueText, { nullable: true }) proposal: I18nText | null;
  @Field() refinedAt: string;
  @Field(() => ID) refinedById: string;
}

@ObjectType()
export class IssueRouting {
  @Field(() => DecisionLevelEnum, { description: 'The level the rules proposed.' }) proposedLevel: DecisionLevel;
  @Field(() => [String], { description: 'Why, decisive reasons first; an override’s reason comes first.' }) reasons: string[];
  @Field(() => [String], { description: 'Rules that matched.' }) ruleIds: string[];
  @Field(() => String, { nullable: true }) decidingBodyKind: string | null;
  @Field(() => [String]) warnings: string[];
  @Field(() => String, { nullable: true, description: 'The author’s reason for overriding the rules.' }) overrideReason: string | null;
}

@ObjectType()
export class EvidenceFactType {
  @Field() indicator: string;
  @Field(() => Float) value: number;
  @Field() unit: string;
  @Field() source: string;
  @Field() date: string;
}

@ObjectType()
export class IssueAddressee {
  @Field(() => ID) governmentBodyId: string;
  @Field() code: string;
  @Field() nameEn: string;
  @Field() nameRu: string;
  @Field() nameKy: string;
  @Field(() => DecisionLevelEnum) level: DecisionLevel;
  @Field({ description: 'DECIDES, GENERAL, COMPETENT, LEGISLATURE, SUBDIVISION or NAMED (re-routed to it).' }) role: string;
  @Field() reason: string;
  @Field(() => Int, { description: 'The addressing round: each forward, escalation, re-routing or reopening opens one.' }) round: number;
  @Field() addressedAt: string;
}

@ObjectType()
export class IssueDocumentRef {
  @Field() ref: string;
  @Field(() => String, { nullable: true }) title?: string;
}

@ObjectType()
export class IssueHistoryEntry {
  @Field(() => Int) version: number;
  @Field(() => IssueHistoryActionEnum) action: string;
  @Field(() => IssueStateEnum, { nullable: true }) fromState: IssueState | null;
  @Field(() => IssueStateEnum) toState: IssueState;
  @Field(() => IssueActorRoleEnum) actorRole: ActorRole;
  @Field(() => ID, { nullable: true, description: 'Null for the platform (SYSTEM).' }) actorOrganisationId: string | null;
  @Field(() => ID, { nullable: true }) actorKeyId: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: 'Why the platform acted (a deadline escalation).' }) reason: string | null;
  @Field(() => [IssueDocumentRef]) documents: IssueDocumentRef[];
  @Field(() => ID, { nullable: true }) targetBodyId: string | null;
  @Field(() => [ID]) bodyIds: string[];
  @Field(() => DecisionLevelEnum, { nullable: true }) fromLevel: DecisionLevel | null;
  @Field(() => DecisionLevelEnum, { nullable: true }) toLevel: DecisionLevel | null;
  @Field(() => String, { nullable: true, description: 'The response deadline this change set.' }) deadlineAt: string | null;
  @Field() at: string;
}

@ObjectType('Issue')
export class IssueType {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The raising organisation.' }) raiserId: string;
  @Field(() => ID, { nullable: true, description: 'The implementer that refines and forwards it, if not the raiser.' }) refinerId: string | null;
  @Field(() => ID) adminUnitId: string;
  @Field(() => [String]) themeCodes: string[];
  @Field(() => String, { nullable: true }) interventionCode: string | null;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => IssueText, { description: 'As the raiser wrote it.' }) title: I18nText;
  @Field(() => IssueText) summary: I18nText;
  @Field(() => IssueText) proposal: I18nText;
  @Field(() => IssueRefinement, { nullable: true }) refinement: IssueRefinement | null;
  @Field() needsLawChange: boolean;
  @Field() needsNormativeAct: boolean;
  @Field(() => DecisionLevelEnum, { description: 'The level it is (or will be) addressed at.' }) level: DecisionLevel;
  @Field(() => IssueRouting) routing: IssueRouting;
  @Field(() => IssueStateEnum) state: IssueState;
  @Field(() => Int, { description: 'Send it back as expectedVersion.' }) version: number;
  @Field() isPublic: boolean;
  @Field(() => String, { nullable: true, description: 'When the current level’s response is due; null when no answer is awaited.' }) deadlineAt: string | null;
  @Field(() => Int, { description: 'How many times it went up a level.' }) escalationCount: number;
  @Field() createdAt: string;
  @Field() updatedAt: string;
  /** Kept for nested resolvers (current addressees), not exposed. */
  addressRound: number;

  static from(record: IssueRecord): IssueType {
    return Object.assign(new IssueType(), {
      id: record.id,
      raiserId: record.organisationId,
      refinerId: record.refinerOrganisationId,
      adminUnitId: record.adminUnitId,
      themeCodes: record.themeCodes,
      interventionCode: record.interventionCode,
      projectId: record.projectId,
      title: record.title,
      summary: record.summary,
      proposal: record.proposal,
      refinement: record.refinedAt
        ? { title: record.refinedTitle, summary: record.refinedSummary, proposal: record.refinedProposal, refinedAt: record.refinedAt, refinedById: record.refinedByOrganisationId! }
        : null,
      needsLawChange: record.needsLawChange,
      needsNormativeAct: record.needsNormativeAct,
      level: record.decisionLevel,
      routing: {
        proposedLevel: record.proposedLevel,
        reasons: record.routing.reasons ?? [],
        ruleIds: record.routing.ruleIds ?? [],
        decidingBodyKind: record.routing.decidingBodyKind ?? null,
        warnings: record.routing.warnings ?? [],
        overrideReason: record.overrideReason,
      },
      state: record.state,
      version: record.version,
      isPublic: record.isPublic,
      deadlineAt: record.deadlineAt,
      escalationCount: record.escalationCount,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      addressRound: record.addressRound,
    });
  }
}

@ObjectType()
export class IssueConnection extends Connection(IssueType, 'Issue') {}

@ObjectType()
export class GovernmentBodyLink {
  @Field(() => ID) organisationId: string;
  @Field(() => ID) governmentBodyId: string;
  @Field() linkedAt: string;
}

