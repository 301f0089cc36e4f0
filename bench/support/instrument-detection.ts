/**
 * Timing of the parts of OverlapDetector.detectFor, for the overlap benchmark, without touching
 * the library: the compiled modules that the detector calls through (find-candidates,
 * load-profiles and the engine's prepare-profile and score-pair) are CommonJS, and the detector
 * reads their exports at each call (`(0, find_candidates_1.findCandidates)(...)`), so replacing
 * an export with a timed wrapper times every call the detector makes. The wrappers add two
 * performance.now() calls per call (well under a microsecond each).
 *
 * The parts of one detection:
 * - candidates: findCandidates, the candidate SQL (database);
 * - profiles: loadProfiles, reading the project and its candidates (database);
 * - scoring: prepareProfile + scorePair, the pure engine (CPU in this process);
 * - the rest (total minus these): the transaction, the existing pairs, the locks and the writes of
 *   overlaps, events, alerts and outbox rows (database).
 */

/* eslint-disable @typescript-eslint/no-require-imports */
type AnyFn = (...args: any[]) => any;

interface Patchable {
  [name: string]: unknown;
}

export interface DetectionParts {
  candidatesMs: number;
  profilesMs: number;
  scoringMs: number;
  candidateCalls: number;
  scoredPairs: number;
}

const parts: DetectionParts = { candidatesMs: 0, profilesMs: 0, scoringMs: 0, candidateCalls: 0, scoredPairs: 0 };
let installed = false;

function wrapAsync(mod: Patchable, name: string, add: (ms: number) => void): void {
  const original = mod[name] as AnyFn;
  if (typeof original !== 'function') throw new Error(`cannot instrument ${name}: not a function export`);
  mod[name] = async (...args: unknown[]) => {
    const started = performance.now();
    try {
      return await original(...args);
    } finally {
      add(performance.now() - started);
    }
  };
}

function wrapSync(mod: Patchable, name: string, add: (ms: number) => void): void {
  const original = mod[name] as AnyFn;
  if (typeof original !== 'function') throw new Error(`cannot instrument ${name}: not a function export`);
  mod[name] = (...args: unknown[]) => {
    const started = performance.now();
    try {
      return original(...args);
    } finally {
      add(performance.now() - started);
    }
  };
}

/** Installs the wrappers once (this file runs from dist/bench/support/). */
export function instrumentDetection(): void {
  if (installed) return;
  installed = true;
  const candidates = require('../../libs/overlap/src/detection/find-candidates') as Patchable;
  const profiles = require('../../libs/overlap/src/detection/load-profiles') as Patchable;
  const prepare = require('../../libs/overlap-engine/src/prepare-profile') as Patchable;
  const score = require('../../libs/overlap-engine/src/score-pair') as Patchable;
  wrapAsync(candidates, 'findCandidates', (ms) => ((parts.candidatesMs += ms), (parts.candidateCalls += 1)));
  wrapAsync(profiles, 'loadProfiles', (ms) => (parts.profilesMs += ms));
  wrapSync(prepare, 'prepareProfile', (ms) => (parts.scoringMs += ms));
  wrapSync(score, 'scorePair', (ms) => ((parts.scoringMs += ms), (parts.scoredPairs += 1)));
}

/** The totals so far (a copy); subtract two readings to get the parts of what ran in between. */
export function readDetectionParts(): DetectionParts {
  return { ...parts };
}

export function partsBetween(before: DetectionParts, after: DetectionParts): DetectionParts {
  return {
    candidatesMs: after.candidatesMs - before.candidatesMs,
    profilesMs: after.profilesMs - before.profilesMs,
    scoringMs: after.scoringMs - before.scoringMs,
    candidateCalls: after.candidateCalls - before.candidateCalls,
    scoredPairs: after.scoredPairs - before.scoredPairs,
  };
}
