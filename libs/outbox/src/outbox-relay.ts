import { Client } from 'pg';
import { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { DomainEvent } from './domain-event';
import { EventType } from './event-type';

/** Any constant shared by every relay of one database: only the holder relays, so order is kept. */
const RELAY_LOCK_KEY = 7_340_221_002;

export interface RelayOptions {
  ownerDatabaseUrl: string;
  queue: Queue;
  logger: Logger;
  batchSize: number;
  pollIntervalMs: number;
  /** How long one enqueue may take before the relay treats Redis as down and backs off. */
  enqueueTimeoutMs?: number;
  onRelayed?: (count: number) => void;
  /**
   * Event types nothing reacts to (EVENTS_WITHOUT_HANDLERS): marked relayed and kept in the outbox
   * table with the rest, but not made into jobs. A detection at a million projects writes dozens
   * of overlap events, and each was a job that did nothing.
   */
  skip?: readonly EventType[];
}

interface OutboxRow {
  id: string;
  event_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  organisation_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
}


/**
 * Moves committed outbox events to BullMQ, oldest first, with the event id as job id (a
 * re-relay after a crash is a no-op in Redis). One relay per database holds an advisory lock and
 * works; the others wait to take over. LISTEN/NOTIFY wakes it at commit; a poll is the safety net.
 * If Redis is down the events simply wait in Postgres.
 */
export class OutboxRelay {
  private client?: Client;
  private running = false;
  private leader = false;
  private wake?: () => void;
  /** A NOTIFY that came while a batch was in hand: the next idle() returns at once. */
  private notified = false;
  private lastPruneAt = 0;
  private loop?: Promise<void>;
  private failures = 0;

  private readonly skipped: ReadonlySet<string>;

  constructor(private readonly options: RelayOptions) {
    this.skipped = new Set(options.skip ?? []);
  }

  get isLeader(): boolean {
    return this.leader;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the batch in hand, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.disconnect();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (!this.client) await this.connect();
        if (!this.leader) this.leader = await this.tryLead();
        const moved = this.leader ? await this.relayBatch() : 0;
        if (this.leader && moved === 0) await this.pruneRelayed();
        this.failures = 0;
        if (moved < this.options.batchSize) await this.idle();
      } catch (error) {
        this.failures += 1;
        const delay = Math.min(5000, 100 * 2 ** Math.min(this.failures, 6));
        this.options.logger.warn({ err: (error as Error).message, retryInMs: delay }, 'outbox relay could not relay; events wait in Postgres');
        if (isConnectionError(error)) await this.disconnect();
        await this.idle(delay);
      }
    }
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.options.ownerDatabaseUrl, application_name: 'yntymak-outbox-relay' });
    client.on('error', (err) => {
      this.options.logger.warn({ err: err.message }, 'outbox relay lost its database connection');
      void this.disconnect();
    });
    client.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    await client.connect();
    await client.query('LISTEN outbox_events');
    this.client = client;
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.leader = false;
    await client?.end().catch(() => undefined);
  }

  private async tryLead(): Promise<boolean> {
    const result = await this.client!.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [RELAY_LOCK_KEY]);
    const locked = result.rows[0].locked;
    if (locked) this.options.logger.info('outbox relay is the leader');
    return locked;
  }

  private async relayBatch(): Promise<number> {
    const client = this.client!;
    const { rows } = await client.query<OutboxRow>(
      `SELECT id, event_id, type, aggregate_type, aggregate_id, organisation_id, payload, created_at
         FROM outbox_events WHERE relayed_at IS NULL ORDER BY id LIMIT $1`,
      [this.options.batchSize],
    );
    if (rows.length === 0) return 0;
    const jobs = rows.filter((row) => !this.skipped.has(row.type)).map((row) => {
      const data: DomainEvent = {
        eventId: row.event_id,
        type: row.type as EventType,
        aggregateType: row.aggregate_type,
        aggregateId: row.aggregate_id,
        organisationId: row.organisation_id,
        payload: row.payload,
        createdAt: row.created_at.toISOString(),
      };
      return { name: row.type, data, opts: { jobId: row.event_id } };
    });
    if (jobs.length) await withTimeout(this.options.queue.addBulk(jobs), this.options.enqueueTimeoutMs ?? 5000, 'enqueue to Redis timed out');
    await client.query('UPDATE outbox_events SET relayed_at = clock_timestamp() WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id)]);
    this.options.onRelayed?.(rows.length);
    return rows.length;
  }

  /**
   * Relayed events are kept a week (for audit and replay), then deleted in small batches by the
   * leader when it has nothing else to do, at most once an hour.
   */
  private async pruneRelayed(): Promise<void> {
    if (Date.now() - this.lastPruneAt < 3600_000) return;
    this.lastPruneAt = Date.now();
    const { rowCount } = await this.client!.query(
      `DELETE FROM outbox_events WHERE id IN (SELECT id FROM outbox_events WHERE relayed_at < now() - interval '7 days' ORDER BY id LIMIT 10000)`,
    );
    if (rowCount) this.options.logger.info({ deleted: rowCount }, 'pruned relayed outbox events older than 7 days');
  }

  /** Waits for a NOTIFY, the poll interval, or stop(). */
  private idle(ms = this.options.pollIntervalMs): Promise<void> {
    if (!this.running) return Promise.resolve();
    if (this.notified) {
      this.notified = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        this.notified = false;
        done();
      };
    });
  }
}

function isConnectionError(error: unknown): boolean {
  const message = (error as Error)?.message ?? '';
  return /Connection terminated|ECONNREFUSED|ECONNRESET|not queryable|Client was closed/i.test(message);
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

