import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ADVOCACY_ACTIONS, ADVOCACY_CHANNELS, ADVOCACY_KINDS, ADVOCACY_STATES } from '@yntymak/issues-domain';
import { Connection } from '@yntymak/graphql-kit';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const AdvocacyStateEnum = enumOf(ADVOCACY_STATES);
export const AdvocacyKindEnum = enumOf(ADVOCACY_KINDS);
export const AdvocacyChannelEnum = enumOf(ADVOCACY_CHANNELS);
export const AdvocacyActionEnum = enumOf(ADVOCACY_ACTIONS);
registerEnumType(AdvocacyStateEnum, { name: 'AdvocacyState', description: 'DRAFTED → SUBMITTED → UNDER_REVIEW → ADOPTED | REJECTED | STALLED (STALLED → UNDER_REVIEW).' });
registerEnumType(AdvocacyKindEnum, { name: 'AdvocacyKind', description: 'What the position asks for.' });
registerEnumType(AdvocacyChannelEnum, {
  name: 'AdvocacyChannel',
  description:
    'MOA_MEMORANDUM: the Ministry of Agriculture memorandum; SUN_ALLIANCE_MEMORANDUM: the SUN civil alliance memorandum with the Government and deputies; OBLAST_MEMORANDUM: an oblast plenipotentiary representative; JOGORKU_KENESH_APPEAL, CABINET_APPEAL: direct appeals; PUBLIC_APPEAL: a congress resolution, a newspaper.',
});
registerEnumType(AdvocacyActionEnum, { name: 'AdvocacyAction' });

@ObjectType()
export class AdvocacyDocumentRef {
  @Field() ref: string;
  @Field(() => String, { nullable: true }) title: string | null;
}

@ObjectType('AdvocacyStateChange')
export class AdvocacyStateChangeType {
  @Field(() => AdvocacyStateEnum) state: string;
  @Field(() => AdvocacyActionEnum, { nullable: true, description: 'Null for the drafting.' }) action: string | null;
  @Field({ description: 'When it happened (the letter, the session).' }) at: string;
  @Field({ description: 'When it was recorded here.' }) recordedAt: string;
  @Field(() => ID) actorOrganisationId: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => [AdvocacyDocumentRef]) documentRefs: AdvocacyDocumentRef[];
}

@ObjectType('AdvocacyWaiting')
export class AdvocacyWaitingType {
  @Field(() => AdvocacyStateEnum) state: string;
  @Field({ description: 'When the item entered its current state.' }) since: string;
  @Field(() => Int, { description: 'Whole Bishkek calendar days in the current state.' }) days: number;
  @Field(() => String, { nullable: true }) submittedAt: string | null;
  @Field(() => Int, { nullable: true, description: 'Days from submission to now, or to adoption or rejection.' }) daysSinceSubmitted: number | null;
  @Field({ description: '"submitted April 2015, not adopted after 3,900 days"' }) sentence: string;
}

@ObjectType('AdvocacyItem')
export class AdvocacyItemType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field({ description: 'The policy position, as brought to the channel.' }) position: string;
  @Field(() => AdvocacyKindEnum) kind: string;
  @Field(() => AdvocacyChannelEnum) channel: string;
  @Field(() => AdvocacyStateEnum) state: string;
  @Field() stateSince: string;
  @Field(() => Int) version: number;
  @Field(() => [ID], { description: 'The shared issues behind the position (those the caller may see).' }) sharedIssueIds: string[];
  @Field(() => [AdvocacyStateChangeType], { description: 'Oldest first.' }) history: AdvocacyStateChangeType[];
  @Field(() => AdvocacyWaitingType) waiting: AdvocacyWaitingType;
  @Field() createdAt: string;
}

@ObjectType()
export class AdvocacyItemConnection extends Connection(AdvocacyItemType, 'AdvocacyItem') {}
