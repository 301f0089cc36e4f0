/**
 * A quick micro-benchmark of the engine, kept out of the tests: prepares the profiles of the
 * labelled set, restores them from their stored JSON form, then scores one "new" project against 7,000 candidates (the labelled profiles,
 * repeated) again and again, and prints profiles prepared per second and pairs scored per second.
 *
 *   npx ts-node --transpile-only -P tsconfig.json libs/overlap-engine/scripts/measure-throughput.ts
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createEngineContext } from '../src/create-engine-context';
import { prepareProfile } from '../src/prepare-profile';
import type { LabelledSet } from '../src/quality/measure-quality';
import { scorePair } from '../src/score-pair';
import { restoreProfile, serialiseProfile } from '../src/serialise-profile';
import type { PreparedProfile } from '../src/types/prepared-profile.type';

const CANDIDATES = 7_000;
const ROUNDS = 20;

/** CPU seconds (user + system) of this process since `since`: steadier than wall time on a shared machine. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

const set = JSON.parse(readFileSync(join(__dirname, '..', 'test-data', 'labelled-pairs.json'), 'utf8')) as LabelledSet;
const context = createEngineContext(set.context);
const profiles = set.pairs.flatMap((pair) => [pair.a, pair.b]);

// Warm up the JIT on a first pass, then measure.
for (const profile of profiles) prepareProfile(profile, context);
let started = process.cpuUsage();
let prepared: PreparedProfile[] = [];
for (let round = 0; round < 10; round++) prepared = profiles.map((profile) => prepareProfile(profile, context));
const prepareSeconds = cpuSeconds(started);

const stored = prepared.map((profile) => JSON.stringify(serialiseProfile(profile)));
started = process.cpuUsage();
for (let round = 0; round < 10; round++) for (const json of stored) restoreProfile(JSON.parse(json));
const restoreSeconds = cpuSeconds(started);

const candidates = Array.from({ length: CANDIDATES }, (_, i) => prepared[i % prepared.length]);
let raised = 0;
for (const candidate of candidates) scorePair(prepared[0], candidate);
started = process.cpuUsage();
for (let round = 0; round < ROUNDS; round++) {
  const newProject = prepared[round % prepared.length];
  for (const candidate of candidates) if (scorePair(newProject, candidate).kind !== 'NONE') raised++;
}
const scoreSeconds = cpuSeconds(started);

console.log(JSON.stringify({
  cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, loadAverage: loadavg()[0],
  profilesPreparedPerSecond: Math.round((profiles.length * 10) / prepareSeconds),
  storedProfilesRestoredPerSecond: Math.round((stored.length * 10) / restoreSeconds),
  storedProfileBytes: Math.round(stored.reduce((sum, json) => sum + json.length, 0) / stored.length),
  pairsScoredPerSecond: Math.round((CANDIDATES * ROUNDS) / scoreSeconds),
  msPerNewProjectAgainst7000: Math.round((scoreSeconds / ROUNDS) * 1000 * 10) / 10,
  raised,
}));
