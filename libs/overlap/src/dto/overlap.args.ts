import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@yntymak/graphql-kit';
import { OVERLAP_KINDS, OVERLAP_STATUSES, OverlapKind, OverlapKindEnum, OverlapStatus, OverlapStatusEnum, REVIEW_DECISIONS, ReviewDecision, ReviewDecisionEnum } from '../types/overlap.type';

@InputType()
export class OverlapFilter {
  @Field(() => [OverlapStatusEnum], { nullable: true, description: 'Default: every status but CLOSED.' }) @IsOptional() @IsIn(OVERLAP_STATUSES as unknown as OverlapStatus[], { each: true }) statuses?: OverlapStatus[];
  @Field(() => OverlapKindEnum, { nullable: true }) @IsOptional() @IsIn(OVERLAP_KINDS as unknown as OverlapKind[]) kind?: OverlapKind;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(1) minScore?: number;
  @Field(() => ID, { nullable: true, description: 'Overlaps where this organisation owns one side.' }) @IsOptional() @IsUUID('all', { message: 'organisationId must be an organisation id' }) organisationId?: string;
  @Field(() => ID, { nullable: true, description: 'Overlaps with a project of this project.' }) @IsOptional() @IsUUID('all', { message: 'projectId must be a project id' }) projectId?: string;
  @Field(() => String, { nullable: true, description: 'Overlaps where either project covers this admin unit (id or SOATE code) or a unit inside it.' }) @IsOptional() @IsString() @Length(1, 64) adminUnit?: string;
  @Field(() => String, { nullable: true, description: 'Overlaps where either project has this theme (or a sub-theme).' }) @IsOptional() @IsString() @Length(1, 64) themeCode?: string;
}

@ArgsType()
export class OverlapsArgs extends ConnectionArgs {
  @Field(() => OverlapFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => OverlapFilter) filter?: OverlapFilter;
}

@ArgsType()
export class OverlapIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an overlap id' }) id: string;
}

@ArgsType()
export class OverlapClustersArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 64) adminUnit?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 64) themeCode?: string;
}

@InputType()
export class ReviewOverlapInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an overlap id' }) id: string;
  @Field(() => ReviewDecisionEnum) @IsIn(REVIEW_DECISIONS as unknown as ReviewDecision[]) decision: ReviewDecision;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

@InputType()
export class CommentOnOverlapInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an overlap id' }) id: string;
  @Field() @IsString() @Length(1, 4000) note: string;
}
