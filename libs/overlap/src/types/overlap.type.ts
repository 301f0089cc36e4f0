import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@yntymak/graphql-kit';
import { ProjectType } from '@yntymak/projects';

export const OVERLAP_KINDS = ['DUPLICATE', 'OVERLAP'] as const;
export const OVERLAP_STATUSES = ['OPEN', 'CONFIRMED_DUPLICATE', 'COMPLEMENTARY', 'CO_FINANCING', 'SEQUENTIAL_PHASE', 'DISMISSED', 'CLOSED'] as const;
export const REVIEW_DECISIONS = ['CONFIRMED_DUPLICATE', 'COMPLEMENTARY', 'CO_FINANCING', 'SEQUENTIAL_PHASE', 'DISMISSED'] as const;
export type OverlapKind = (typeof OVERLAP_KINDS)[number];
export type OverlapStatus = (typeof OVERLAP_STATUSES)[number];
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const OverlapKindEnum = enumOf(OVERLAP_KINDS);
export const OverlapStatusEnum = enumOf(OVERLAP_STATUSES);
export const ReviewDecisionEnum = enumOf(REVIEW_DECISIONS);
registerEnumType(OverlapKindEnum, { name: 'OverlapKind', description: 'DUPLICATE: the same work for the same people. OVERLAP: enough in common to coordinate.' });
registerEnumType(OverlapStatusEnum, { name: 'OverlapStatus', description: 'OPEN until the coordinating agency decides; CLOSED when the pair no longer overlaps.' });
registerEnumType(ReviewDecisionEnum, { name: 'OverlapDecision' });

@ObjectType()
export class OverlapComponent {
  @Field({ description: 'geography, themes, period, interventions, targetGroups or text' }) signal: string;
  @Field(() => Float, { description: 'The measured similarity, 0 to 1.' }) value: number;
  @Field({ description: 'The agreement level the value falls in.' }) level: string;
  @Field(() => Float, { description: 'Its match weight (log2 of m/u): evidence for raising the pair.' }) weight: number;
}

@ObjectType({ description: 'What may be said of a confidential pipeline project to another owner.' })
export class BlindProjectSummary {
  @Field(() => [String]) themes: string[];
  @Field(() => [String]) area: string[];
  @Field(() => String, { nullable: true }) startDate: string | null;
  @Field(() => String, { nullable: true }) endDate: string | null;
}

@ObjectType({ description: 'One project of a pair: the project itself when you may see it, else a blind summary.' })
export class OverlapSide {
  @Field(() => ProjectType, { nullable: true }) project: ProjectType | null;
  @Field(() => BlindProjectSummary, { nullable: true }) blind: BlindProjectSummary | null;
}

@ObjectType()
export class OverlapEventType {
  @Field() kind: string;
  @Field(() => String, { nullable: true }) decision: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ID, { nullable: true }) organisationId: string | null;
  @Field(() => String, { nullable: true, description: 'JSON details (scores before and after, reasons).' }) detail: string | null;
  @Field() at: string;
}

@ObjectType('Overlap')
export class OverlapType {
  @Field(() => ID) id: string;
  @Field(() => Float) score: number;
  @Field(() => OverlapKindEnum) kind: OverlapKind;
  @Field(() => OverlapStatusEnum) status: OverlapStatus;
  @Field({ description: 'One line a person reads.' }) explanation: string;
  @Field(() => [OverlapComponent]) components: OverlapComponent[];
  @Field() engineVersion: string;
  @Field() detectedAt: string;
  @Field() changedAt: string;
  @Field(() => String, { nullable: true }) closedAt: string | null;
  @Field(() => OverlapSide) projectA: OverlapSide;
  @Field(() => OverlapSide) projectB: OverlapSide;
  @Field(() => [OverlapEventType], { description: 'Detection, re-scoring, decisions and comments, oldest first.' }) history: OverlapEventType[];
  createdAt: string;
}

@ObjectType()
export class OverlapConnection extends Connection(OverlapType, 'Overlap') {}

@ObjectType({ description: 'Projects tied by open or confirmed overlaps: who should talk to whom.' })
export class OverlapCluster {
  @Field(() => [ID]) projectIds: string[];
  @Field(() => [ID]) organisationIds: string[];
  @Field(() => [ID]) overlapIds: string[];
  @Field(() => Float) maxScore: number;
}
