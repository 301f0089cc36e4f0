import { registerEnumType } from '@nestjs/graphql';
import { ADMIN_LEVELS, ADMIN_UNIT_KINDS, AdminLevel, AdminUnitKind, CROSSWALK_RELATIONS, CrosswalkRelation, DECISION_LEVELS, DecisionLevel } from '../domain/reference-codes';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const AdminLevelEnum = enumOf<AdminLevel>(ADMIN_LEVELS);
registerEnumType(AdminLevelEnum, { name: 'AdminLevel', description: 'COUNTRY > OBLAST (and Bishkek, Osh) > RAYON (and cities of oblast significance) > AYIL_AIMAK (and towns) > SETTLEMENT.' });

export const AdminUnitKindEnum = enumOf<AdminUnitKind>(ADMIN_UNIT_KINDS);
registerEnumType(AdminUnitKindEnum, { name: 'AdminUnitKind', description: 'What a unit is within its level (a RAYON-level unit may be a rayon, a city of oblast significance or a Bishkek district).' });

export const DecisionLevelEnum = enumOf<DecisionLevel>(DECISION_LEVELS);
registerEnumType(DecisionLevelEnum, { name: 'DecisionLevel', description: 'The level of government that decides: LOCAL (ayil okmotu, kenesh, city hall), DISTRICT (rayon), REGIONAL (oblast), NATIONAL.' });

export const CrosswalkRelationEnum = enumOf<CrosswalkRelation>(CROSSWALK_RELATIONS);
registerEnumType(CrosswalkRelationEnum, {
  name: 'CrosswalkRelation',
  description: 'How an old unit became a new one: MERGED_INTO (old within new), SPLIT_INTO (new within old), RENAMED, MOVED (same place), ABOLISHED.',
});

export const SEARCH_MATCH_KINDS = ['EXACT', 'PREFIX', 'FUZZY'] as const;
export type SearchMatchKind = (typeof SEARCH_MATCH_KINDS)[number];
export const SearchMatchKindEnum = enumOf<SearchMatchKind>(SEARCH_MATCH_KINDS);
registerEnumType(SearchMatchKindEnum, { name: 'SearchMatchKind', description: 'EXACT: a name of the unit; PREFIX: the start of a name or of a word in it; FUZZY: a similar name (typos, spelling variants).' });
