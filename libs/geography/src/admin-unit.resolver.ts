import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AdminUnitArgs, AdminUnitsArgs, ChildrenArgs, FactsArgs } from './dto/admin-units.args';
import { GeographyLoaders } from './geography.loaders';
import { GeographyQueries } from './geography.queries';
import { CrosswalkRow } from './repositories/admin-unit.repository';
import { AdminUnitRow } from './sql/admin-unit-columns';
import { AdminUnitChangeType } from './types/admin-unit-change.type';
import { AdminUnitConnection } from './types/admin-unit-connection.type';
import { AdminUnitFactType } from './types/admin-unit-fact.type';
import { AdminUnitType } from './types/admin-unit.type';
import { GovernmentBodyType } from './types/government-body.type';

/** The units a loadMany found, in order; a missing or failed one is left out. */
const found = (rows: Array<AdminUnitRow | null | Error>): AdminUnitType[] => rows.flatMap((r) => (r && !(r instanceof Error) ? [AdminUnitType.from(r)] : []));

function change(row: CrosswalkRow, otherSide: string | null): AdminUnitChangeType {
  return Object.assign(new AdminUnitChangeType(), { relation: row.relation, effectiveDate: row.effectiveDate, dataRelease: row.dataRelease, note: row.note, unitId: otherSide });
}

@Resolver(() => AdminUnitType)
export class AdminUnitResolver {
  constructor(
    private readonly queries: GeographyQueries,
    private readonly loaders: GeographyLoaders,
  ) {}

  @Query(() => AdminUnitConnection, { description: 'Admin units: a filtered list in code order, or, with filter.search, ranked matches (exact > prefix > fuzzy).' })
  adminUnits(@Args() args: AdminUnitsArgs): Promise<AdminUnitConnection> {
    return this.queries.adminUnits(args);
  }

  @Query(() => AdminUnitType, { description: 'One unit by id or by code (exactly one of them). Historical units are found too.' })
  adminUnit(@Args() args: AdminUnitArgs): Promise<AdminUnitType> {
    return this.queries.adminUnit(args);
  }

  @ResolveField(() => AdminUnitType, { nullable: true, description: 'The unit above; null for the country.' })
  async parent(@Parent() unit: AdminUnitType): Promise<AdminUnitType | null> {
    if (!unit.parentId) return null;
    const row = await this.loaders.unitById().load(unit.parentId);
    return row ? AdminUnitType.from(row) : null;
  }

  @ResolveField(() => [AdminUnitType], { description: 'Every unit above, the country first.' })
  async ancestors(@Parent() unit: AdminUnitType): Promise<AdminUnitType[]> {
    const rows = await this.loaders.unitByCode().loadMany(unit.ancestorCodes);
    return found(rows);
  }

  @ResolveField(() => [AdminUnitType], { description: 'The units directly below, in code order (at most a few dozen).' })
  async children(@Parent() unit: AdminUnitType, @Args() args: ChildrenArgs): Promise<AdminUnitType[]> {
    const rows = await this.loaders.children(args.includeHistorical).load(unit.id);
    return rows.map(AdminUnitType.from);
  }

  @ResolveField(() => [AdminUnitFactType], { description: 'Dated, sourced facts about the unit, by indicator, newest period first.' })
  async facts(@Parent() unit: AdminUnitType, @Args() args: FactsArgs): Promise<AdminUnitFactType[]> {
    const rows = await this.loaders.factsOf().load(unit.id);
    return rows.filter((f) => !args.indicator || f.indicator === args.indicator).map(AdminUnitFactType.from);
  }

  @ResolveField(() => [GovernmentBodyType], { description: "The government bodies at this unit (its ayil okmotu, rayon departments, ...). For every body that decides for it, up to the national ones, use governmentBodies(adminUnitId)." })
  async bodies(@Parent() unit: AdminUnitType): Promise<GovernmentBodyType[]> {
    return (await this.loaders.bodiesAt().load(unit.id)).map(GovernmentBodyType.from);
  }

  @ResolveField(() => [AdminUnitChangeType], { description: 'What this unit became in later releases (crosswalk rows where it is the old unit).' })
  async successors(@Parent() unit: AdminUnitType): Promise<AdminUnitChangeType[]> {
    const rows = await this.loaders.changesOf().load(unit.id);
    return rows.filter((r) => r.oldUnitId === unit.id && r.newUnitId !== unit.id).map((r) => change(r, r.newUnitId));
  }

  @ResolveField(() => [AdminUnitChangeType], { description: 'The units this one replaced (crosswalk rows where it is the new unit).' })
  async predecessors(@Parent() unit: AdminUnitType): Promise<AdminUnitChangeType[]> {
    const rows = await this.loaders.changesOf().load(unit.id);
    return rows.filter((r) => r.newUnitId === unit.id && r.oldUnitId !== unit.id).map((r) => change(r, r.oldUnitId));
  }

  @ResolveField(() => [AdminUnitType], { description: 'The unit(s) valid today that this one is or became, through any number of releases; itself while it is valid; empty if abolished.' })
  async currentUnits(@Parent() unit: AdminUnitType): Promise<AdminUnitType[]> {
    const rows = await this.loaders.unitById().loadMany(await this.loaders.currentUnitIds().load(unit.id));
    return found(rows);
  }
}

@Resolver(() => AdminUnitChangeType)
export class AdminUnitChangeResolver {
  constructor(private readonly loaders: GeographyLoaders) {}

  @ResolveField(() => AdminUnitType, { nullable: true, description: 'The unit on the other side of the change; null for ABOLISHED.' })
  async unit(@Parent() change: AdminUnitChangeType): Promise<AdminUnitType | null> {
    if (!change.unitId) return null;
    const row = await this.loaders.unitById().load(change.unitId);
    return row ? AdminUnitType.from(row) : null;
  }
}
