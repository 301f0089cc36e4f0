import Redis from 'ioredis';
import type { Logger } from 'pino';

/** Tells every gateway that a key was revoked, so none keeps it in its cache. Best effort: the TTL is the backstop. */
export class RevocationBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly channel: string;

  constructor(redisUrl: string, prefix: string, private readonly logger: Logger) {
    this.channel = `${prefix}:auth:key-revoked`;
    const options = { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false };
    this.publisher = new Redis(redisUrl, options);
    this.subscriber = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: null });
    for (const client of [this.publisher, this.subscriber]) client.on('error', (err) => this.logger.debug({ err: err.message }, 'revocation bus: redis error'));
  }

  async listen(onRevoked: (apiKeyId: string) => void): Promise<void> {
    this.subscriber.on('message', (_channel, apiKeyId) => onRevoked(apiKeyId));
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]).catch((err) =>
      this.logger.warn({ err: (err as Error).message }, 'revocation bus could not connect to Redis; key cache relies on its TTL'),
    );
    await this.subscriber.subscribe(this.channel).catch(() => undefined);
  }

  async publish(apiKeyId: string): Promise<void> {
    await this.publisher.publish(this.channel, apiKeyId).catch((err) => this.logger.warn({ err: (err as Error).message, apiKeyId }, 'could not broadcast a key revocation'));
  }

  async close(): Promise<void> {
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
