import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { ADVOCACY_ACTIONS, ADVOCACY_CHANNELS, ADVOCACY_KINDS, ADVOCACY_STATES, AdvocacyAction, AdvocacyChannel, AdvocacyKind, AdvocacyState } from '@yntymak/issues-domain';
import { ConnectionArgs } from '@yntymak/graphql-kit';
import { AdvocacyActionEnum, AdvocacyChannelEnum, AdvocacyKindEnum, AdvocacyStateEnum } from '../types/advocacy-item.type';

const list = (values: readonly string[]) => values.join(', ');

@InputType()
export class AdvocacyDocumentRefInput {
  @Field({ description: 'Registration number, stored document id or URL.' }) @IsString() @Length(1, 500) ref: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) title?: string;
}

@InputType()
export class CreateAdvocacyItemInput {
  @Field() @IsString() @Length(1, 300, { message: 'title must be 1 to 300 characters' }) title: string;
  @Field({ description: 'The policy position, as brought to the channel.' }) @IsString() @Length(1, 10000, { message: 'position must be 1 to 10,000 characters' }) position: string;
  @Field(() => AdvocacyKindEnum) @IsIn(ADVOCACY_KINDS as unknown as string[], { message: `kind must be one of ${list(ADVOCACY_KINDS)}` }) kind: AdvocacyKind;
  @Field(() => AdvocacyChannelEnum) @IsIn(ADVOCACY_CHANNELS as unknown as string[], { message: `channel must be one of ${list(ADVOCACY_CHANNELS)}` }) channel: AdvocacyChannel;
  @Field(() => [ID], { description: 'The shared issues behind it (1 to 50).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'sharedIssueIds must name at least one shared issue' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'sharedIssueIds must be shared issue ids' })
  sharedIssueIds: string[];
  @Field(() => String, { nullable: true, description: 'When it was drafted, for a historic position (ISO 8601); default now.' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'draftedAt must be an ISO 8601 date, e.g. 2015-02-01 or 2015-02-01T09:00:00Z' })
  draftedAt?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10000) note?: string;
}

@InputType()
export class TransitionAdvocacyItemInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an advocacy item id' }) id: string;
  @Field(() => AdvocacyActionEnum) @IsIn(ADVOCACY_ACTIONS as unknown as string[], { message: `action must be one of ${list(ADVOCACY_ACTIONS)}` }) action: AdvocacyAction;
  @Field(() => String, { nullable: true, description: 'When it happened (ISO 8601), possibly years ago; default now. Never in the future nor before the last change.' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'at must be an ISO 8601 date, e.g. 2015-04-15 or 2015-04-15T09:00:00Z' })
  at?: string;
  @Field(() => String, { nullable: true, description: 'Required for REJECT: the next attempt needs the grounds.' }) @IsOptional() @IsString() @MaxLength(10000) note?: string;
  @Field(() => [AdvocacyDocumentRefInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => AdvocacyDocumentRefInput) documentRefs?: AdvocacyDocumentRefInput[];
}

@InputType()
export class AdvocacyFilter {
  @Field(() => [AdvocacyStateEnum], { nullable: true }) @IsOptional() @IsIn(ADVOCACY_STATES as unknown as string[], { each: true, message: `states must each be one of ${list(ADVOCACY_STATES)}` }) states?: AdvocacyState[];
  @Field(() => AdvocacyKindEnum, { nullable: true }) @IsOptional() @IsIn(ADVOCACY_KINDS as unknown as string[]) kind?: AdvocacyKind;
  @Field(() => AdvocacyChannelEnum, { nullable: true }) @IsOptional() @IsIn(ADVOCACY_CHANNELS as unknown as string[]) channel?: AdvocacyChannel;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'sharedIssueId must be a shared issue id' }) sharedIssueId?: string;
}

@ArgsType()
export class AdvocacyItemsArgs extends ConnectionArgs {
  @Field(() => AdvocacyFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AdvocacyFilter) filter?: AdvocacyFilter;
}

@ArgsType()
export class AdvocacyItemIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an advocacy item id' }) id: string;
}
