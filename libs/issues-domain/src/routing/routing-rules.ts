import { RoutingRule } from './routing-rule';

/**
 * The routing rules (DESIGN.md §1, issue 7), in the order their reasons are shown. The proposed
 * level is the highest level any matching rule names: a proposal that needs a law or a normative act
 * goes national even when it concerns a local intervention. docs/issues.md renders this table.
 */
export const ROUTING_RULES: readonly RoutingRule[] = [
  {
    id: 'LAW_CHANGE_FLAGGED',
    when: { flag: 'needsLawChange' },
    level: 'NATIONAL',
    needsLawChange: true,
    reason: 'The proposal needs a law change: laws are adopted by the Jogorku Kenesh, on a draft from the Cabinet of Ministers or deputies',
  },
  {
    id: 'LAW_CHANGE_IN_TEXT',
    when: { keywords: ['LAW_CHANGE'] },
    level: 'NATIONAL',
    needsLawChange: true,
    reason: 'The proposal speaks of a law ({matched}): changing a law is decided at national level, by the Jogorku Kenesh',
  },
  {
    id: 'NORMATIVE_ACT_FLAGGED',
    when: { flag: 'needsNormativeAct' },
    level: 'NATIONAL',
    reason: 'The proposal needs a normative act: Cabinet resolutions and ministry orders are adopted at national level',
  },
  {
    id: 'NORMATIVE_ACT_IN_TEXT',
    when: { keywords: ['NORMATIVE_ACT'] },
    level: 'NATIONAL',
    reason: 'The proposal speaks of a normative act ({matched}), which is adopted at national level',
  },
  {
    id: 'NATIONAL_SCOPE_IN_TEXT',
    when: { keywords: ['NATIONAL_SCOPE'] },
    level: 'NATIONAL',
    reason: 'The proposal asks for a rule for the whole country ({matched}), which takes a normative act at national level',
  },
  {
    id: 'STATE_LAND_ALLOCATION',
    when: { anyOf: [{ interventions: ['STATE_LAND_ALLOCATION'] }, { keywords: ['STATE_LAND_FUND'] }] },
    level: 'LOCAL',
    decidingBodyKind: 'AYIL_KENESH',
    reason: 'Allocation of state-fund land is decided at an ayil kenesh session; the ayil okmotu then leases the land out and the lease is registered with the cadastre office',
  },
  {
    id: 'GOAT_RECIPIENT_FAMILY',
    when: { anyOf: [{ interventions: ['DAIRY_GOATS'] }, { keywords: ['GOAT', 'FAMILY_SELECTION'] }] },
    level: 'LOCAL',
    decidingBodyKind: 'AYIL_OKMOTU',
    reason: "Which family receives a goat is decided by the ayil okmotu's social worker, with the family's social passport",
  },
  {
    id: 'LOCAL_PRODUCTION',
    when: {
      anyOf: [
        { interventions: ['GREENHOUSE', 'WINTER_TUNNEL_FARMING', 'FRUIT_DRYER', 'SOLAR_DRYER', 'FISH_FARMING'] },
        { keywords: ['GREENHOUSE_DRYER_FISH'] },
      ],
    },
    level: 'LOCAL',
    decidingBodyKind: 'AYIL_OKMOTU',
    reason: 'Greenhouses, dryers and fish farming are local matters, agreed with the ayil okmotu',
  },
  {
    id: 'INTERVENTION_LEVEL',
    when: { anyIntervention: true },
    level: 'INTERVENTION',
    decidingBodyKind: 'INTERVENTION',
    reason: '{intervention} is usually decided at {level} level ({body}): {notes}',
  },
  {
    id: 'START_AT_LOWEST_LEVEL',
    when: { always: true },
    level: 'LOCAL',
    fallback: true,
    reason: 'No rule names a level: the issue starts at the lowest level that serves its unit',
  },
];
