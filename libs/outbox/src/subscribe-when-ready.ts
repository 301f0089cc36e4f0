import type Redis from 'ioredis';

/**
 * Subscribes a dedicated ioredis connection to a channel once the connection is ready, and never
 * blocks the caller (a gateway starts and serves while Redis is down).
 *
 * Why not simply `client.subscribe()` right after `new Redis()`: ioredis writes SUBSCRIBE while the
 * connection is still in its "connect" state (the command may be sent before the ready check), the
 * connection enters subscriber mode, the ready check's INFO is then refused ("Connection in subscriber
 * mode") and, depending on timing, the subscription is lost: a gateway silently received no alerts
 * in about one start in four. After "ready", ioredis also re-subscribes by itself on every reconnect.
 */
export function subscribeWhenReady(client: Redis, channel: string, onFailure: (error: Error) => void): void {
  const subscribe = () => {
    client.subscribe(channel).catch((error: Error) => onFailure(error));
  };
  if (client.status === 'ready') subscribe();
  else client.once('ready', subscribe);
}
