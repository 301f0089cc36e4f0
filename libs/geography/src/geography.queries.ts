import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError } from '@yntymak/errors';
import { SearchQuery, searchQueryOf } from './domain/search-text';
import { AdminUnitArgs, AdminUnitsArgs } from './dto/admin-units.args';
import { GovernmentBodiesArgs } from './dto/government-bodies.args';
import { GeographyLoaders } from './geography.loaders';
import { bodyCursor, codeCursor, decodeBodyCursor, decodeCodeCursor, decodeOffsetCursor, offsetCursor } from './geography-cursor';
import { ReferenceDb } from './reference-db';
import { AdminUnitRepository, SearchHitRow } from './repositories/admin-unit.repository';
import { GovernmentBodyRepository } from './repositories/government-body.repository';
import { InterventionTypeRow, TaxonomyRepository, ThemeRow } from './repositories/taxonomy.repository';
import { AdminUnitRow } from './sql/admin-unit-columns';
import { AdminUnitFilter } from './sql/admin-unit-filter';
import { AdminUnitConnection, SearchMatch } from './types/admin-unit-connection.type';
import { AdminUnitType } from './types/admin-unit.type';
import { SearchMatchKind } from './types/enums';
import { GovernmentBodyConnection, GovernmentBodyType } from './types/government-body.type';

const CODE = /^(\d{14}|KG-[A-Z]{1,3}|KG\d{0,12})$/;
const MATCH_KIND: Record<SearchHitRow['rank'], SearchMatchKind> = { 0: 'EXACT', 1: 'PREFIX', 2: 'PREFIX', 3: 'FUZZY' };

/** Reads of the reference data: admin units and their search, government bodies, themes, intervention types. */
@Injectable()
export class GeographyQueries {
  constructor(
    private readonly db: ReferenceDb,
    private readonly units: AdminUnitRepository,
    private readonly bodies: GovernmentBodyRepository,
    private readonly taxonomy: TaxonomyRepository,
    private readonly loaders: GeographyLoaders,
  ) {}

  async adminUnits(args: AdminUnitsArgs): Promise<AdminUnitConnection> {
    const f = args.filter;
    const filter: AdminUnitFilter = { level: f?.level, kind: f?.kind, parentId: f?.parentId, withinId: f?.withinId, includeHistorical: f?.includeHistorical ?? false };
    const query = f?.search === undefined || f.search === null ? undefined : searchQueryOf(f.search);
    if (query?.key === '') throw new BadInputError('filter.search', 'filter.search must contain at least one letter or digit.', 'EMPTY_SEARCH');
    await this.requireUnit(filter.parentId, 'filter.parentId');
    await this.requireUnit(filter.withinId, 'filter.withinId');
    return query ? this.searchPage(query, filter, args) : this.codePage(filter, args);
  }

  private async codePage(filter: AdminUnitFilter, args: AdminUnitsArgs): Promise<AdminUnitConnection> {
    const after = args.after ? decodeCodeCursor(args.after) : undefined;
    const { rows, total } = await this.units.page(this.db, filter, after, args.first + 1);
    this.rememberParents(rows);
    const edges = rows.slice(0, args.first).map((row) => ({ cursor: codeCursor(row.code), node: AdminUnitType.from(row), match: null }));
    return { edges, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: total };
  }

  private async searchPage(query: SearchQuery, filter: AdminUnitFilter, args: AdminUnitsArgs): Promise<AdminUnitConnection> {
    const offset = args.after ? decodeOffsetCursor(args.after) : 0;
    const { rows, total } = await this.units.search(this.db, query, filter, offset, args.first + 1);
    this.rememberParents(rows);
    const edges = rows.slice(0, args.first).map((row, i) => ({
      cursor: offsetCursor(offset + i + 1),
      node: AdminUnitType.from(row),
      match: Object.assign(new SearchMatch(), { kind: MATCH_KIND[row.rank], score: Math.round(row.score * 1000) / 1000 }),
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: total };
  }

  async adminUnit(args: AdminUnitArgs): Promise<AdminUnitType> {
    if ((args.id === undefined) === (args.code === undefined)) {
      throw new BadInputError(args.id === undefined ? 'id' : 'code', 'Give exactly one of id or code.', 'ID_OR_CODE_REQUIRED');
    }
    if (args.code !== undefined && !CODE.test(args.code)) {
      throw new BadInputError('code', 'code must be a SOATE code (14 digits), an ISO 3166-2:KG code (e.g. KG-Y) or an OCHA P-code (e.g. KG02205000000).');
    }
    const row = args.id ? (await this.units.findByIds(this.db, [args.id]))[0] : await this.units.findByAnyCode(this.db, args.code!);
    if (!row) throw new NotFoundError('admin unit', args.id ? 'id' : 'code');
    return AdminUnitType.from(row);
  }

  async governmentBodies(args: GovernmentBodiesArgs): Promise<GovernmentBodyConnection> {
    const after = args.after ? decodeBodyCursor(args.after) : undefined;
    await this.requireUnit(args.adminUnitId, 'adminUnitId');
    const { rows, total } = await this.bodies.page(this.db, { adminUnitId: args.adminUnitId, level: args.level }, after, args.first + 1);
    const edges = rows.slice(0, args.first).map((row) => ({ cursor: bodyCursor(row.levelRank, row.code), node: GovernmentBodyType.from(row) }));
    return { edges, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: total };
  }

  themes(): Promise<ThemeRow[]> {
    return this.taxonomy.themes(this.db);
  }

  interventionTypes(themeCode?: string): Promise<InterventionTypeRow[]> {
    return this.taxonomy.interventionTypes(this.db, themeCode);
  }

  /** A page shows each unit with its parent (to tell two Arals apart): read along, not asked for again. */
  private rememberParents(rows: AdminUnitRow[]): void {
    const loader = this.loaders.unitById();
    for (const row of rows) if (row.parent) loader.prime(row.parent.id, row.parent);
  }

  private async requireUnit(id: string | undefined, field: string): Promise<void> {
    if (id && !(await this.units.exists(this.db, id))) throw new NotFoundError('admin unit', field);
  }
}
