/**
 * Decision thresholds (docs/overlap.md, "Thresholds").
 * - Raised (OVERLAP or DUPLICATE) when score >= OVERLAP_THRESHOLD: more likely than not to need
 *   coordination.
 * - A raised pair is a DUPLICATE when its duplicate weight (log2-odds of duplicate against overlap)
 *   is at least DUPLICATE_MIN_LOG2_ODDS: more likely a duplicate than a mere overlap.
 * - A co-financed or same-owner pair is never raised, and its score is capped at RELATED_SCORE_CAP
 *   so that it ranks below every raised pair.
 */
export const OVERLAP_THRESHOLD = 0.5;
export const DUPLICATE_MIN_LOG2_ODDS = 0;
export const RELATED_SCORE_CAP = 0.1;
