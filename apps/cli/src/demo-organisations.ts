export type DemoOrganisationKind = 'DONOR' | 'IMPLEMENTER' | 'GOVERNMENT_BODY' | 'LOCAL_GROUP';

export interface DemoOrganisation {
  /** Stable short name: the demo's projects are keyed by it (iatiIdentifier DEMO-<slug>-<n>). */
  slug: string;
  name: string;
  kind: DemoOrganisationKind;
  /** Who this demo key is for, printed next to it. */
  role: string;
}

/**
 * The demo's organisations besides the coordinating agency. Fictional names: a demo must not put
 * words in the mouth of a real donor, and a real organisation registered later must not clash.
 */
export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { slug: 'ARF', name: 'Alpine Rural Fund', kind: 'DONOR', role: 'a donor (dairy goats in Naryn, greenhouses, drip irrigation)' },
  { slug: 'SRDA', name: 'Silk Road Development Agency', kind: 'DONOR', role: 'a donor (registers in Russian; duplicates the dairy-goat project)' },
  { slug: 'NNP', name: 'Nordic Nutrition Partnership', kind: 'DONOR', role: 'a donor (the Naryn oblast nutrition programme)' },
  { slug: 'CAFT', name: 'Central Asia Food Trust', kind: 'DONOR', role: 'a donor (co-finances greenhouses in Osh oblast with Green Valleys)' },
  { slug: 'GVF', name: 'Green Valleys Foundation', kind: 'DONOR', role: 'a donor (co-financing partner of the Food Trust)' },
  { slug: 'KRAS', name: 'Rural Advisory Network Kyrgyzstan', kind: 'IMPLEMENTER', role: 'an implementer (village service providers)' },
  { slug: 'MCN', name: 'Mountain Communities Network', kind: 'IMPLEMENTER', role: 'an implementer (nutrition training for mothers in Naryn)' },
  { slug: 'BTFA', name: "Bai-Terek Farmers' Association", kind: 'IMPLEMENTER', role: 'an implementer (greenhouses, cooperatives)' },
  { slug: 'NAK', name: 'Nutrition Alliance Kyrgyzstan', kind: 'IMPLEMENTER', role: 'an implementer (kitchen gardens, registers in Kyrgyz)' },
  { slug: 'MOA', name: 'Ministry of Agriculture (demo)', kind: 'GOVERNMENT_BODY', role: 'a government body at national level' },
  { slug: 'NPR', name: 'Office of the Plenipotentiary Representative in Naryn Oblast (demo)', kind: 'GOVERNMENT_BODY', role: 'a government body at oblast level' },
  { slug: 'KSWG', name: "Kara-Suu Women's Self-Help Group", kind: 'LOCAL_GROUP', role: 'a local group (raises field issues)' },
];

/** The coordinating agency the demo creates when the installation has none yet. */
export const DEMO_COORDINATOR_NAME = 'Development Partners Coordination Council (demo)';

/** Organisations that own projects in the demo. */
export const PROJECT_OWNERS = DEMO_ORGANISATIONS.filter((o) => o.kind === 'DONOR' || o.kind === 'IMPLEMENTER');
