import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CrosswalkRelation } from '../domain/reference-codes';
import { CrosswalkRelationEnum } from './enums';

@ObjectType('AdminUnitChange', { description: 'One crosswalk row seen from a unit: what it became, or what became it.' })
export class AdminUnitChangeType {
  @Field(() => CrosswalkRelationEnum, { description: 'Always read old -> new: for a predecessor, the predecessor was MERGED_INTO this unit.' }) relation: CrosswalkRelation;
  @Field({ description: 'The day the new unit took over (YYYY-MM-DD).' }) effectiveDate: string;
  @Field() dataRelease: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ID, { nullable: true, description: 'The unit on the other side; null for ABOLISHED.' }) unitId: string | null;
}
