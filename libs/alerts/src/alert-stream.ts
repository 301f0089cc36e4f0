import Redis from 'ioredis';
import { PubSub } from 'graphql-subscriptions';
import type { Logger } from 'pino';
import { subscribeWhenReady } from '@yntymak/outbox';
import { AlertType } from './types/alert.type';

export interface AlertMessage {
  organisationId: string;
  alert: AlertType;
}

export const alertChannel = (prefix: string) => `${prefix}:alerts`;
const topic = (organisationId: string) => `alert:${organisationId}`;

/**
 * Live alerts for the graphql-ws subscription. The worker publishes each new alert on one Redis
 * channel; every gateway listens and hands it to the subscribers of that organisation it holds,
 * so a subscriber gets its alerts whichever gateway the write went through.
 */
export class AlertStream {
  private readonly local = new PubSub();
  private readonly subscriber: Redis;

  constructor(redisUrl: string, private readonly prefix: string, private readonly logger: Logger) {
    this.subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.subscriber.on('error', (err) => this.logger.debug({ err: err.message }, 'alert stream: redis error'));
  }

  listen(): void {
    this.subscriber.on('message', (_channel, text) => {
      try {
        const message = JSON.parse(text) as AlertMessage;
        void this.local.publish(topic(message.organisationId), { alertReceived: message.alert });
      } catch (error) {
        this.logger.warn({ err: (error as Error).message }, 'alert stream: unreadable message');
      }
    });
    subscribeWhenReady(this.subscriber, alertChannel(this.prefix), (err) => this.logger.warn({ err: err.message }, 'alert stream could not subscribe'));
  }

  iterator(organisationId: string): AsyncIterableIterator<unknown> {
    return this.local.asyncIterableIterator(topic(organisationId));
  }

  close(): void {
    this.subscriber.disconnect();
  }
}
