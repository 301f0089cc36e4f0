import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, requestLoader } from '@yntymak/graphql-kit';
import { ReferenceDb, SqlReader } from './reference-db';
import { AdminUnitFactRepository, FactRow } from './repositories/admin-unit-fact.repository';
import { AdminUnitRepository, CrosswalkRow } from './repositories/admin-unit.repository';
import { GovernmentBodyRepository, GovernmentBodyRow } from './repositories/government-body.repository';
import { TaxonomyRepository, ThemeRow } from './repositories/taxonomy.repository';
import { AdminUnitRow } from './sql/admin-unit-columns';

/** Rows grouped under the keys DataLoader asked for, in the rows' order. */
function groupByKeys<R>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string | null): R[][] {
  const groups = new Map<string, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row) ?? '')?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/**
 * The DataLoaders of this context, one set per request (requestLoader): the nested fields of a
 * page of units (parent, ancestors, children, facts, bodies, changes) cost one query per field and
 * nesting level, not one per unit.
 */
@Injectable()
export class GeographyLoaders {
  constructor(
    private readonly db: ReferenceDb,
    private readonly units: AdminUnitRepository,
    private readonly facts: AdminUnitFactRepository,
    private readonly bodies: GovernmentBodyRepository,
    private readonly taxonomy: TaxonomyRepository,
  ) {}

  private loader<V>(name: string, batch: (db: SqlReader, keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    return requestLoader<string, V>(`geography.${name}`, (keys) => batch(this.db, keys));
  }

  unitById(): DataLoader<string, AdminUnitRow | null> {
    return this.loader('unitById', async (db, ids) => byKeys(ids, await this.units.findByIds(db, ids), (u) => u.id));
  }

  unitByCode(): DataLoader<string, AdminUnitRow | null> {
    return this.loader('unitByCode', async (db, codes) => byKeys(codes, await this.units.findByCodes(db, codes), (u) => u.code));
  }

  children(includeHistorical: boolean): DataLoader<string, AdminUnitRow[]> {
    return this.loader(includeHistorical ? 'allChildren' : 'currentChildren', async (db, ids) =>
      groupByKeys(ids, await this.units.childrenOf(db, ids, includeHistorical), (u) => u.parentId),
    );
  }

  factsOf(): DataLoader<string, FactRow[]> {
    return this.loader('factsOf', async (db, ids) => groupByKeys(ids, await this.facts.factsOf(db, ids), (f) => f.adminUnitId));
  }

  bodiesAt(): DataLoader<string, GovernmentBodyRow[]> {
    return this.loader('bodiesAt', async (db, ids) => groupByKeys(ids, await this.bodies.bodiesAt(db, ids), (b) => b.adminUnitId));
  }

  /** Crosswalk rows touching each unit, on either side. */
  changesOf(): DataLoader<string, CrosswalkRow[]> {
    return this.loader('changesOf', async (db, ids) => {
      const rows = await this.units.crosswalkOf(db, ids);
      return ids.map((id) => rows.filter((r) => r.oldUnitId === id || r.newUnitId === id));
    });
  }

  currentUnitIds(): DataLoader<string, string[]> {
    return this.loader('currentUnitIds', async (db, ids) => groupByKeys(ids, await this.units.currentOf(db, ids), (r) => r.unitId).map((g) => g.map((r) => r.currentId)));
  }

  /** Themes are few: the first request for any reads them all. */
  themeByCode(): DataLoader<string, ThemeRow | null> {
    return this.loader('themeByCode', async (db, codes) => byKeys(codes, await this.taxonomy.themes(db), (t) => t.code));
  }
}
