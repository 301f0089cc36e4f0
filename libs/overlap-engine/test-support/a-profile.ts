/**
 * Builders for the engine's unit tests: real units of libs/geography/data (codes, paths,
 * settlement counts, rayon populations of facts.csv) and a profile builder with defaults that
 * describe one ordinary project, so that each test states only what it is about.
 */
import { createEngineContext } from '../src/create-engine-context';
import { prepareProfile } from '../src/prepare-profile';
import type { EngineContext } from '../src/types/engine-context.type';
import type { PreparedProfile } from '../src/types/prepared-profile.type';
import type { AdminLevel, CoverageUnit, LocalisedText, ProjectProfile } from '../src/types/project-profile.type';

const KG = '41700000000000';
const NARYN = '41704000000000';
const KOCHKOR = '41704235000000';
const OSH = '41706000000000';

function unit(unitId: string, parents: string[], level: AdminLevel, en: string, sizes: Partial<CoverageUnit> = {}): CoverageUnit {
  return { unitId, path: [...parents, unitId], level, name: { en }, ...sizes };
}

export const PLACES = {
  kyrgyzstan: unit(KG, [], 'COUNTRY', 'Kyrgyz Republic', { settlementCount: 1893 }),
  naryn: unit(NARYN, [KG], 'OBLAST', 'Naryn Region', { settlementCount: 136 }),
  kochkor: unit(KOCHKOR, [KG, NARYN], 'RAYON', 'Kochkor District', { population: 67_300, settlementCount: 31 }),
  jumgal: unit('41704230000000', [KG, NARYN], 'RAYON', 'Jumgal District', { population: 44_900, settlementCount: 28 }),
  karaSuuAimak: unit('41704235812000', [KG, NARYN, KOCHKOR], 'AYIL_AIMAK', 'Kara-Suu ayil aimak', { settlementCount: 5 }),
  mantysh: unit('41704235812010', [KG, NARYN, KOCHKOR, '41704235812000'], 'SETTLEMENT', 'Mantysh', { settlementCount: 1 }),
  ortok: unit('41704235812050', [KG, NARYN, KOCHKOR, '41704235812000'], 'SETTLEMENT', 'Ortok', { settlementCount: 1 }),
  akKyyaAimak: unit('41704235806000', [KG, NARYN, KOCHKOR], 'AYIL_AIMAK', 'Ak-Kyya ayil aimak', { settlementCount: 2 }),
  osh: unit(OSH, [KG], 'OBLAST', 'Osh Region', { settlementCount: 491 }),
  alai: unit('41706207000000', [KG, OSH], 'RAYON', 'Alai District', { settlementCount: 63 }),
} as const;

/** The theme taxonomy of themes.csv. */
export const THEME_PARENTS: Record<string, string | null> = {
  AGRICULTURE: null, CLIMATE_RESILIENCE: 'ENVIRONMENT', DISASTER_RISK_REDUCTION: null, EDUCATION: null,
  ENVIRONMENT: null, FISHERIES: 'AGRICULTURE', FOOD_SECURITY: null, GENDER_EQUALITY: null, HEALTH: null,
  LAND_MANAGEMENT: null, LIVESTOCK: 'AGRICULTURE', LOCAL_GOVERNANCE: null, NUTRITION: 'FOOD_SECURITY',
  ORGANIC_AGRICULTURE: 'AGRICULTURE', ORGANIC_CERTIFICATION: 'ORGANIC_AGRICULTURE', PASTURE: 'AGRICULTURE',
  RURAL_DEVELOPMENT: null, SOCIAL_PROTECTION: null, VALUE_CHAINS: null, WATER_IRRIGATION: 'AGRICULTURE',
};

export const testContext: EngineContext = createEngineContext({
  themeParents: THEME_PARENTS,
  names: {
    units: { [NARYN]: 'Naryn Region', [OSH]: 'Osh Region', [KG]: 'Kyrgyz Republic' },
    interventions: { DAIRY_GOATS: 'dairy goats', GREENHOUSE: 'greenhouses', WINTER_TUNNEL_FARMING: 'winter tunnels' },
    targetGroups: { LOW_INCOME_HOUSEHOLDS: 'low-income households' },
  },
});

/** Immutable: every step returns a new builder, so that one base can be varied several ways. */
export class ProfileBuilder {
  private constructor(private readonly profile: ProjectProfile) {}

  static of(id: string): ProfileBuilder {
    return new ProfileBuilder({
      id,
      ownerOrganisationId: `org-of-${id}`,
      funderOrganisationIds: [`donor-of-${id}`],
      coverage: [PLACES.karaSuuAimak],
      themes: ['LIVESTOCK', 'NUTRITION'],
      period: { start: '2025-01-01', end: '2026-12-31' },
      interventions: ['DAIRY_GOATS'],
      targetGroups: [{ code: 'LOW_INCOME_HOUSEHOLDS', count: 120 }],
      titles: { en: 'Dairy goats for low-income households in Kara-Suu ayil aimak' },
      descriptions: { en: 'Each of 120 low-income families receives two dairy goats, veterinary care and training, 2025-2026.' },
    });
  }

  in(...coverage: CoverageUnit[]): ProfileBuilder {
    return this.with({ coverage });
  }

  ownedBy(ownerOrganisationId: string, ...funderOrganisationIds: string[]): ProfileBuilder {
    return this.with({ ownerOrganisationId, funderOrganisationIds });
  }

  withThemes(...themes: string[]): ProfileBuilder {
    return this.with({ themes });
  }

  withInterventions(...interventions: string[]): ProfileBuilder {
    return this.with({ interventions });
  }

  for(code: string, count?: number): ProfileBuilder {
    return this.with({ targetGroups: [{ code, count }] });
  }

  running(start: string, end: string | null): ProfileBuilder {
    return this.with({ period: { start, end } });
  }

  titled(titles: LocalisedText, descriptions: LocalisedText = {}): ProfileBuilder {
    return this.with({ titles, descriptions });
  }

  with(fields: Partial<ProjectProfile>): ProfileBuilder {
    return new ProfileBuilder({ ...this.profile, ...fields });
  }

  build(): ProjectProfile {
    return this.profile;
  }

  prepare(context: EngineContext = testContext): PreparedProfile {
    return prepareProfile(this.profile, context);
  }
}

export function aProfile(id: string): ProfileBuilder {
  return ProfileBuilder.of(id);
}
