import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

export const MAP_LEVELS = ['OBLAST', 'RAYON', 'AYIL_AIMAK'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];
export const MapLevelEnum = Object.fromEntries(MAP_LEVELS.map((l) => [l, l])) as Record<MapLevel, MapLevel>;
registerEnumType(MapLevelEnum, { name: 'MapLevel', description: 'The level of the units to report on.' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class WhoDoesWhatWhereArgs {
  @Field({ description: 'The area: an admin unit id or SOATE code (the country for all of it).' }) @IsString() @Length(1, 64) adminUnit: string;
  @Field(() => MapLevelEnum, { description: 'Report on every unit of this level inside the area.' }) @IsIn(MAP_LEVELS as unknown as MapLevel[]) level: MapLevel;
  @Field(() => [String], { nullable: true, description: 'Only these themes (with their sub-themes).' }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) themeCodes?: string[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; with periodTo, projects active in this period. Default: active today.' })
  @IsOptional()
  @Matches(DATE, { message: 'periodFrom must be YYYY-MM-DD' })
  periodFrom?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, { message: 'periodTo must be YYYY-MM-DD' }) periodTo?: string;
}
