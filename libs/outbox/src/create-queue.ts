import { Queue, QueueOptions } from 'bullmq';
import { QueueName } from './queue-name';

/** Retention is bounded; the database guards (processed_events) are the real protection against repeats. */
export const DEFAULT_JOB_OPTIONS: QueueOptions['defaultJobOptions'] = {
  // 1 s doubling: 14 attempts span about 4.5 hours, so handlers ride out a database outage.
  attempts: 14,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export function redisConnectionOptions(redisUrl: string, forWorker: boolean) {
  const url = new URL(redisUrl);
  return {
    host: url.hostname || '127.0.0.1',
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    // BullMQ workers block on Redis and must retry forever; producers fail fast so callers can fall back.
    maxRetriesPerRequest: forWorker ? null : 1,
    enableOfflineQueue: forWorker,
  };
}

/** A producer. Connection errors surface as failed calls (the relay backs off), not as crashes. */
export function createQueue(name: QueueName, redisUrl: string, prefix: string): Queue {
  const queue = new Queue(name, { connection: redisConnectionOptions(redisUrl, false), prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  queue.on('error', () => undefined);
  return queue;
}
