import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@yntymak/graphql-kit';
import { AdminUnitType } from './admin-unit.type';
import { SearchMatchKind, SearchMatchKindEnum } from './enums';

@ObjectType({ description: 'Why a unit matched a search.' })
export class SearchMatch {
  @Field(() => SearchMatchKindEnum) kind: SearchMatchKind;
  @Field(() => Float, { description: 'Trigram word similarity of the query to the best matching name, 0 to 1.' }) score: number;
}

@ObjectType()
export class AdminUnitEdge {
  @Field() cursor: string;
  @Field(() => AdminUnitType) node: AdminUnitType;
  @Field(() => SearchMatch, { nullable: true, description: 'Set when the list is a search.' }) match: SearchMatch | null;
}

@ObjectType({ description: 'A page of units: in code order, or, for a search, ranked exact > prefix > fuzzy.' })
export class AdminUnitConnection {
  @Field(() => [AdminUnitEdge]) edges: AdminUnitEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'All units that match, across pages.' }) totalCount: number;
}
