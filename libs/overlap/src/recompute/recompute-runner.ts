import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { OverlapDetector } from '../detection/overlap-detector';

const BATCH = 200;

/**
 * Re-runs detection for every active project, in id order, a few at a time, committing progress after each batch:
 * a worker that dies resumes after the last finished batch. Safe while writes go on: detection of
 * one project is idempotent, and a project written meanwhile is also detected by its own event.
 */
export class RecomputeRunner {
  constructor(
    private readonly owner: DataSource,
    private readonly detector: OverlapDetector,
    private readonly logger: Logger,
    /** Detections at once: a detection waits on the database half the time, so a few in flight keep both sides busy. */
    private readonly concurrency = 4,
  ) {}

  async run(recomputeId: string): Promise<'done' | 'skipped'> {
    const [job] = await this.owner.query(`SELECT status, last_project_id FROM overlap_recomputes WHERE id = $1`, [recomputeId]);
    if (!job || job.status === 'SUCCEEDED' || job.status === 'FAILED') return 'skipped';
    await this.owner.query(
      `UPDATE overlap_recomputes SET status = 'RUNNING', updated_at = now(),
              total = (SELECT count(*) FROM projects WHERE archived_at IS NULL AND visibility <> 'DRAFT') WHERE id = $1`,
      [recomputeId],
    );
    let last: string | null = job.last_project_id;
    for (;;) {
      const ids: Array<{ id: string }> = await this.owner.query(
        `SELECT id FROM projects WHERE archived_at IS NULL AND visibility <> 'DRAFT' AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
        [last, BATCH],
      );
      if (ids.length === 0) break;
      let raised = 0;
      let next = 0;
      // Pairs are locked in a fixed order by each detection, so concurrent ones wait for each other rather than deadlock.
      // A failure stops every lane before the job fails, so that no detection of a failed run goes on behind its retry.
      let failed = false;
      const lane = async () => {
        while (next < ids.length && !failed) {
          try {
            const outcome = await this.detector.detectFor(ids[next++].id);
            if (outcome !== 'skipped') raised += outcome.raised;
          } catch (error) {
            failed = true;
            throw error;
          }
        }
      };
      const lanes = await Promise.allSettled(Array.from({ length: Math.min(this.concurrency, ids.length) }, lane));
      const failure = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
      if (failure) throw failure.reason;
      last = ids[ids.length - 1].id;
      await this.owner.query(
        `UPDATE overlap_recomputes SET processed = processed + $2, raised = raised + $3, last_project_id = $4, updated_at = now() WHERE id = $1`,
        [recomputeId, ids.length, raised, last],
      );
      this.logger.info({ recomputeId, last, batch: ids.length }, 'overlap recompute progress');
    }
    await this.owner.query(`UPDATE overlap_recomputes SET status = 'SUCCEEDED', finished_at = now(), updated_at = now() WHERE id = $1`, [recomputeId]);
    return 'done';
  }
}
