import { DataSource } from 'typeorm';
import { ProjectRecord } from '@yntymak/projects';
import type { Logger } from 'pino';
import { ENGINE_VERSION, OverlapResult, prepareProfile, scorePair } from '@yntymak/overlap-engine';
import { blindSummary } from './blind-summary';
import { findCandidates } from './find-candidates';
import { ProfileCache, loadProfiles } from './load-profiles';
import { materialFingerprint } from './material-fingerprint';
import { OverlapWriter, RaisedPair, StoredOverlap } from './overlap-writer';
import { ReferenceSnapshot } from './reference-snapshot';

export interface DetectionOutcome {
  projectId: string;
  candidates: number;
  raised: number;
  created: number;
  changed: number;
  closed: number;
  ms: number;
}

/**
 * Detection for one project, as the system: candidates by index, scored by the pure engine, written
 * idempotently. Pairs the project already had are re-scored even when they fell out of the
 * candidate ranking, so that a pair is only closed when it truly no longer overlaps.
 */
export class OverlapDetector {
  private reference?: Promise<ReferenceSnapshot>;
  /** Candidates' records and prepared features by version: reading and preparing, not scoring, were the cost of a big candidate set. */
  private readonly profiles = new ProfileCache();

  constructor(
    private readonly owner: DataSource,
    private readonly logger: Logger,
  ) {}

  /** Reference data changes only with a data release; a worker restart picks up a new one. */
  private snapshot(): Promise<ReferenceSnapshot> {
    this.reference ??= ReferenceSnapshot.load(this.owner).catch((error) => {
      this.reference = undefined;
      throw error;
    });
    return this.reference;
  }

  async detectFor(projectId: string): Promise<DetectionOutcome | 'skipped'> {
    const started = Date.now();
    const reference = await this.snapshot();
    const [me] = await loadProfiles(this.owner, reference, [projectId]);
    if (!me) return 'skipped';
    const active = !me.record.archivedAt && me.record.visibility !== 'DRAFT';
    const candidates = active ? await findCandidates(this.owner, projectId) : [];
    const candidateIds = candidates.map((c) => c.id);

    // Read and score outside the transaction: it then holds its connection and the pairs' locks only to write.
    const partnerOf = (o: StoredOverlap) => (o.project_a_id === projectId ? o.project_b_id : o.project_a_id);
    const partnerIds = (await new OverlapWriter(this.owner.manager).existing(projectId, ENGINE_VERSION)).map(partnerOf);
    const others = active ? await loadProfiles(this.owner, reference, [...new Set([...candidateIds, ...partnerIds])], this.profiles, new Map(candidates.map((c) => [c.id, c.version]))) : [];
    const prepared = prepareProfile(me.profile, reference.context);
    const results = new Map<string, { result: OverlapResult; other: (typeof others)[number] }>();
    for (const other of others) {
      if (other.record.archivedAt || other.record.visibility === 'DRAFT' || other.record.organisationId === me.record.organisationId) continue;
      const result = scorePair(prepared, (other.prepared ??= prepareProfile(other.profile, reference.context)));
      if (result.kind !== 'NONE') results.set(other.record.id, { result, other });
    }
    /** The partners this detection has an answer for: a pair it did not score is left as it is. */
    const judged = new Set([...partnerIds, ...others.map((o) => o.record.id)]);

    return this.owner.transaction(async (em) => {
      const writer = new OverlapWriter(em);
      const pairKey = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);
      await writer.lockPairs([...new Set([...results.keys(), ...partnerIds])].map((id) => pairKey(projectId, id)));
      // Read again under the locks: a concurrent detection of a partner may have written the pair since.
      const stored = await writer.existing(projectId, ENGINE_VERSION);
      const byPartner = new Map(stored.filter((o) => o.engine_version === ENGINE_VERSION).map((o) => [partnerOf(o), o]));
      // Pairs an earlier engine version left open: carried on by a new row when raised again, closed when not.
      const earlier = stored.filter((o) => o.engine_version !== ENGINE_VERSION && !byPartner.has(partnerOf(o)));
      const previousByPartner = new Map<string, StoredOverlap>();
      for (const o of earlier) if (!previousByPartner.has(partnerOf(o))) previousByPartner.set(partnerOf(o), o);
      const raised = [...results].map(([otherId, { result, other }]) => ({
        pair: raisedPair(result, me.record, other.record, reference),
        stored: byPartner.get(otherId),
        previous: previousByPartner.get(otherId),
      }));
      const closing = [
        ...[...byPartner].filter(([otherId, o]) => judged.has(otherId) && !results.has(otherId) && o.status !== 'CLOSED').map(([, o]) => o),
        ...earlier.filter((o) => judged.has(partnerOf(o)) && !results.has(partnerOf(o))),
      ];
      const reason = me.record.archivedAt ? 'a project was archived' : me.record.visibility === 'DRAFT' ? 'a project went back to draft' : 'they no longer overlap';
      const { created, changed, closed } = await writer.write(raised, closing, reason);
      const outcome = { projectId, candidates: candidateIds.length, raised: results.size, created, changed, closed, ms: Date.now() - started };
      this.logger.info(outcome, 'overlap detection');
      return outcome;
    });
  }
}

/** A raised pair with what its writes need: the owners, the material fingerprint, and what each side's alerts may say. */
function raisedPair(result: OverlapResult, mine: ProjectRecord, theirs: ProjectRecord, reference: ReferenceSnapshot): RaisedPair {
  const [a, b] = result.projectIds[0] === mine.id ? [mine, theirs] : [theirs, mine];
  const blind = [blindSummary(a, reference), blindSummary(b, reference)] as const;
  return {
    result,
    organisations: [a.organisationId, b.organisationId],
    fingerprint: materialFingerprint(a, b),
    blind: [blind[0], blind[1]],
    sides: [
      { projectId: a.id, ownerId: a.organisationId, title: a.title, blind: blind[0] },
      { projectId: b.id, ownerId: b.organisationId, title: b.title, blind: blind[1] },
    ],
  };
}
