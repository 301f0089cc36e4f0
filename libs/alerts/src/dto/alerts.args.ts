import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { ConnectionArgs } from '@yntymak/graphql-kit';

@ArgsType()
export class AlertsArgs extends ConnectionArgs {
  @Field({ defaultValue: false }) @IsBoolean() unreadOnly: boolean = false;
}

@InputType()
export class MarkAlertsReadInput {
  @Field(() => [ID]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @IsUUID('all', { each: true, message: 'ids must be alert ids' }) ids: string[];
}

export const CHANNELS = ['INBOX', 'SUBSCRIPTION', 'WEBHOOK'] as const;

@InputType()
export class AlertPreferencesInput {
  @Field(() => Float, { nullable: true, description: 'Only overlaps scoring at least this, 0 to 1.' }) @IsOptional() @IsNumber() @Min(0) @Max(1) minScore?: number;
  @Field(() => [String], { nullable: true, description: 'Only overlaps where a project has one of these themes (empty: all).' }) @IsOptional() @ArrayMaxSize(50) @IsString({ each: true }) themeCodes?: string[];
  @Field(() => [ID], { nullable: true, description: 'Only overlaps with a project in one of these units or below (empty: everywhere).' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'adminUnitIds must be admin unit ids' })
  adminUnitIds?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsIn(CHANNELS as unknown as string[], { each: true, message: 'channels must be INBOX, SUBSCRIPTION or WEBHOOK' }) channels?: string[];
}
