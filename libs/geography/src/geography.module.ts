import { Module } from '@nestjs/common';
import { AdminUnitChangeResolver, AdminUnitResolver } from './admin-unit.resolver';
import { GeographyLoaders } from './geography.loaders';
import { GeographyQueries } from './geography.queries';
import { GovernmentBodyResolver } from './government-body.resolver';
import { AdminUnitFactRepository } from './repositories/admin-unit-fact.repository';
import { AdminUnitRepository } from './repositories/admin-unit.repository';
import { GovernmentBodyRepository } from './repositories/government-body.repository';
import { TaxonomyRepository } from './repositories/taxonomy.repository';
import { ReferenceDb } from './reference-db';
import { InterventionTypeResolver, ThemeResolver } from './taxonomy.resolver';

/** Reference data over GraphQL: admin units and their search, government bodies, themes, intervention types. */
@Module({
  providers: [
    ReferenceDb,
    AdminUnitRepository,
    AdminUnitFactRepository,
    GovernmentBodyRepository,
    TaxonomyRepository,
    GeographyQueries,
    GeographyLoaders,
    AdminUnitResolver,
    AdminUnitChangeResolver,
    GovernmentBodyResolver,
    ThemeResolver,
    InterventionTypeResolver,
  ],
  exports: [GeographyQueries],
})
export class GeographyModule {}
