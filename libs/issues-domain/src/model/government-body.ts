import { DecisionLevel } from './decision-level';

/**
 * A government body as the caller passes it (a row of government_bodies): bodies of a unit carry
 * its id, national bodies none. `kind` is the body kind of a generated body (AYIL_OKMOTU,
 * RAYON_STATE_ADMINISTRATION...) or the kind of a national body (MINISTRY, CABINET, PARLIAMENT...).
 */
export interface BodyRef {
  id: string;
  code: string;
  kind: string;
  level: DecisionLevel;
  adminUnitId: string | null;
  competences: readonly string[];
  /** For reasons only; the code is used when absent. */
  name?: string;
}

/** Why a body is addressed at a step of the chain. */
export type BodyRole =
  /** The kind of body the routing rule or the intervention catalogue says decides the matter. */
  | 'DECIDES'
  /** The general authority of the unit at that level (ayil okmotu, rayon state administration...). */
  | 'GENERAL'
  /** A body whose competences cover the intervention or one of the themes. */
  | 'COMPETENT'
  /** The Jogorku Kenesh, addressed only when a law has to change. */
  | 'LEGISLATURE'
  /** A body of a lower unit that is a subdivision of the step's body (a Bishkek district administration). */
  | 'SUBDIVISION';

export interface AddressedBody {
  bodyId: string;
  code: string;
  kind: string;
  level: DecisionLevel;
  adminUnitId: string | null;
  role: BodyRole;
  reason: string;
}
