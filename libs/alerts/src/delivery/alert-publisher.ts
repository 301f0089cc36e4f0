import Redis from 'ioredis';
import { AlertMessage, alertChannel } from '../alert-stream';

/**
 * The worker's side of the live alert stream: one Redis connection that publishes each new alert
 * on the channel every gateway listens to. It fails fast (one retry) so that an alert Redis did
 * not take fails its job, which BullMQ retries. Its owner closes it on shutdown, after the
 * handlers that use it have stopped: an open connection keeps the process (and a test run) alive.
 */
export class AlertPublisher {
  private readonly redis: Redis;

  constructor(
    redisUrl: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    // Errors surface as failed publishes (and retried jobs); the connection's own events are noise.
    this.redis.on('error', () => undefined);
  }

  async publish(message: AlertMessage): Promise<void> {
    await this.publishAll([message]);
  }

  /** In one round trip (a pipeline); fails if any publish failed, so that the job is retried. */
  async publishAll(messages: readonly AlertMessage[]): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const message of messages) pipeline.publish(alertChannel(this.prefix), JSON.stringify(message));
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed) throw failed[0];
  }

  /** Sends QUIT when connected; drops the connection at once when Redis is away, rather than wait for it. */
  async close(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}
