import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class ThemePresence {
  @Field() themeCode: string;
  @Field(() => Int) projectCount: number;
  @Field(() => [ID]) organisationIds: string[];
  @Field(() => Float, { description: 'USD, current rate set; a project covering several units is shared evenly among them; confidential budgets count only for their owner and the coordinator.' })
  budgetUsd: number;
  @Field({ description: 'Three or more organisations on this theme here.' }) hotSpot: boolean;
}

@ObjectType()
export class UnitPresence {
  @Field(() => ID) unitId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => Int) projectCount: number;
  @Field(() => Int) organisationCount: number;
  @Field(() => Int, { description: 'Programmes that cover this unit from above (its oblast, the country).' }) programmesFromAbove: number;
  @Field(() => [ThemePresence]) themes: ThemePresence[];
  @Field(() => Float, { nullable: true, description: 'Latest poverty rate (%), where the statistics have it (rayon level).' }) povertyRate: number | null;
  @Field(() => Float, { nullable: true }) population: number | null;
  @Field(() => [String], { description: 'Themes asked for with no project here, in a unit whose poverty rate is at or above the area median.' }) gaps: string[];
}
