/**
 * Stored with every result. "fs" = Fellegi-Sunter model. Bump the minor version for any change that
 * can change a stored score, kind or explanation (weights, levels, thresholds, terms, wording) and
 * recompute; the patch version only for changes that leave every result identical; the major
 * version when the result's shape changes. See docs/overlap.md.
 */
export const ENGINE_VERSION = 'fs-1.0.0';
