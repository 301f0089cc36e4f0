import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ConnectionArgs } from '@yntymak/graphql-kit';
import { DECISION_LEVELS, DecisionLevel } from '../domain/reference-codes';
import { DecisionLevelEnum } from '../types/enums';

@ArgsType()
export class GovernmentBodiesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'The bodies that decide for this unit: those of the unit, of each unit above it, and the national ones.' })
  @IsOptional()
  @IsUUID('all', { message: 'adminUnitId must be an admin unit id (a UUID)' })
  adminUnitId?: string;

  @Field(() => DecisionLevelEnum, { nullable: true, description: 'Only bodies that decide at this level.' })
  @IsOptional()
  @IsIn(DECISION_LEVELS)
  level?: DecisionLevel;
}

@ArgsType()
export class InterventionTypesArgs {
  @Field(() => String, { nullable: true, description: 'Only intervention types serving this theme.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  themeCode?: string;
}
