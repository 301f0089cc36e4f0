/** One piece of evidence behind an issue: "altitude 2,100 m, from the ayil okmotu, 2025". */
export interface Fact {
  /** A code of EVIDENCE_INDICATORS. */
  indicator: string;
  value: number;
  /** The indicator's unit, written as in EVIDENCE_INDICATORS (m, persons, households, ha...). */
  unit: string;
  /** Where the figure comes from: "ayil okmotu social passports", "NSC 2021". */
  source: string;
  /** When it was true, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

export type FactProblemCode =
  | 'UNKNOWN_INDICATOR'
  | 'UNIT_MISMATCH'
  | 'NOT_A_NUMBER'
  | 'NOT_AN_INTEGER'
  | 'OUT_OF_RANGE'
  | 'SOURCE_REQUIRED'
  | 'INVALID_DATE'
  | 'DATE_IN_FUTURE'
  | 'INCONSISTENT';

export interface FactProblem {
  /** The input field at fault, e.g. `evidence[2].unit`. */
  field: string;
  code: FactProblemCode;
  message: string;
}
