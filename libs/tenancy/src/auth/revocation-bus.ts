import Redis from 'ioredis';
import type { Logger } from 'pino';

/** Tells every gateway that a key was revoked, so none keeps it in its cache. Best effort: the TTL is the backstop. */
export class RevocationBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly channel: string;

  constructor(redisUrl: string, prefix: string, private readonly logger: Logger) {
    this.channel = `${prefix}:auth:key-revoked`;
    this.publisher = new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    // The subscriber reconnects and re-subscribes by itself after Redis comes back.
    this.subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
    for (const client of [this.publisher, this.subscriber]) client.on('error', (err) => this.logger.debug({ err: err.message }, 'revocation bus: redis error'));
  }

  /** Does not wait for Redis: a gateway starts and serves without it, relying on the cache TTL meanwhile. */
  listen(onRevoked: (apiKeyId: string) => void): void {
    this.subscriber.on('message', (_channel, apiKeyId) => onRevoked(apiKeyId));
    this.subscriber.subscribe(this.channel).catch((err) => this.logger.warn({ err: (err as Error).message }, 'revocation bus could not subscribe; the key cache relies on its TTL'));
  }

  async publish(apiKeyId: string): Promise<void> {
    await this.publisher.publish(this.channel, apiKeyId).catch((err) => this.logger.warn({ err: (err as Error).message, apiKeyId }, 'could not broadcast a key revocation'));
  }

  async close(): Promise<void> {
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
