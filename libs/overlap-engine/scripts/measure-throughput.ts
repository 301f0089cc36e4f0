/**
 * A quick micro-benchmark of the engine, kept out of the tests: prepares the profiles of the
 * labelled set, then scores one "new" project against 7,000 candidates (the labelled profiles,
 * repeated) again and again, and prints profiles prepared per second and pairs scored per second.
 *
 *   npx ts-node --transpile-only -P tsconfig.json libs/overlap-engine/scripts/measure-throughput.ts
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createEngineContext } from '../src/create-engine-context';
import { prepareProfile } from '../src/prepare-profile';
import type { LabelledSet } from '../src/quality/measure-quality';
import { scorePair } from '../src/score-pair';
import type { PreparedProfile } from '../src/types/prepared-profile.type';

const CANDIDATES = 7_000;
const ROUNDS = 20;

const set = JSON.parse(readFileSync(join(__dirname, '..', 'test-data', 'labelled-pairs.json'), 'utf8')) as LabelledSet;
const context = createEngineContext(set.context);
const profiles = set.pairs.flatMap((pair) => [pair.a, pair.b]);

let started = process.hrtime.bigint();
let prepared: PreparedProfile[] = [];
for (let round = 0; round < 10; round++) prepared = profiles.map((profile) => prepareProfile(profile, context));
const prepareSeconds = Number(process.hrtime.bigint() - started) / 1e9;

const candidates = Array.from({ length: CANDIDATES }, (_, i) => prepared[i % prepared.length]);
let raised = 0;
started = process.hrtime.bigint();
for (let round = 0; round < ROUNDS; round++) {
  const newProject = prepared[round % prepared.length];
  for (const candidate of candidates) if (scorePair(newProject, candidate).kind !== 'NONE') raised++;
}
const scoreSeconds = Number(process.hrtime.bigint() - started) / 1e9;

console.log(JSON.stringify({
  cpu: cpus()[0]?.model, cores: cpus().length, node: process.version,
  profilesPreparedPerSecond: Math.round((profiles.length * 10) / prepareSeconds),
  pairsScoredPerSecond: Math.round((CANDIDATES * ROUNDS) / scoreSeconds),
  msPerNewProjectAgainst7000: Math.round((scoreSeconds / ROUNDS) * 1000 * 10) / 10,
  raised,
}));
