import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { subscribeWhenReady } from './subscribe-when-ready';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('subscribeWhenReady', () => {
  const clients: Redis[] = [];
  const client = () => {
    const c = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    clients.push(c);
    return c;
  };
  afterEach(() => clients.splice(0).forEach((c) => c.disconnect()));

  it('subscribes a connection still in its ready check without tripping it, and receives', async () => {
    const channel = `test:subscribe-when-ready:${randomUUID()}`;
    const subscriber = client();
    const errors: string[] = [];
    const received: string[] = [];
    subscriber.on('error', (err) => errors.push(err.message));
    subscriber.on('message', (_channel, text) => received.push(text));
    // Where a gateway's module init finds it: connected, the ready check (INFO) not answered yet.
    await new Promise((resolve) => subscriber.once('connect', resolve));
    expect(subscriber.status).toBe('connect');
    const failures: Error[] = [];
    subscribeWhenReady(subscriber, channel, (err) => failures.push(err));

    const publisher = client();
    await until(async () => ((await publisher.call('PUBSUB', 'NUMSUB', channel)) as [string, number])[1] === 1, 'the subscription');
    expect(await publisher.publish(channel, 'hello')).toBe(1);
    await until(async () => received.length === 1, 'the message');

    expect(received).toEqual(['hello']);
    // Subscribing before "ready" made ioredis refuse its own ready check here ("Connection in subscriber mode").
    expect(errors).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('subscribes at once a connection that is ready already', async () => {
    const channel = `test:subscribe-when-ready:${randomUUID()}`;
    const subscriber = client();
    await new Promise((resolve) => subscriber.once('ready', resolve));
    subscribeWhenReady(subscriber, channel, () => undefined);
    const publisher = client();
    await until(async () => ((await publisher.call('PUBSUB', 'NUMSUB', channel)) as [string, number])[1] === 1, 'the subscription');
  });
});
