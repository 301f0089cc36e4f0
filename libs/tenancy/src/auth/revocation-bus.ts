import Redis from 'ioredis';
import type { Logger } from 'pino';
import { subscribeWhenReady } from '@yntymak/outbox';

/** Tells every gateway that a key was revoked, so none keeps it in its cache. Best effort: the TTL is the backstop. */
export class RevocationBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly channel: string;

  constructor(redisUrl: string, prefix: string, private readonly logger: Logger) {
    this.channel = `${prefix}:auth:key-revoked`;
    // Queues while (re)connecting, fails after one retry: a publish is never silently dropped.
    this.publisher = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    // The subscriber reconnects and re-subscribes by itself after Redis comes back.
    this.subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
    for (const client of [this.publisher, this.subscriber]) client.on('error', (err) => this.logger.debug({ err: err.message }, 'revocation bus: redis error'));
  }

  /** Does not wait for Redis: a gateway starts and serves without it, relying on the cache TTL meanwhile. */
  listen(onRevoked: (apiKeyId: string) => void): void {
    this.subscriber.on('message', (_channel, apiKeyId) => onRevoked(apiKeyId));
    subscribeWhenReady(this.subscriber, this.channel, (err) => this.logger.warn({ err: err.message }, 'revocation bus could not subscribe; the key cache relies on its TTL'));
  }

  /** Throws when Redis did not take the message; the worker's handler relies on that to retry. */
  async publish(apiKeyId: string): Promise<void> {
    await this.publisher.publish(this.channel, apiKeyId);
  }

  /** For the gateway right after a revocation: the outbox handler broadcasts again anyway. */
  async publishBestEffort(apiKeyId: string): Promise<void> {
    await this.publish(apiKeyId).catch((err) => this.logger.warn({ err: (err as Error).message, apiKeyId }, 'could not broadcast a key revocation; the worker will'));
  }

  async close(): Promise<void> {
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
