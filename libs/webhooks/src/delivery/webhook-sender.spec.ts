import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { WebhookAddressGuard } from '../address/webhook-address-guard';
import { WebhookSender } from './webhook-sender';

describe('WebhookSender', () => {
  let server: Server;
  let port: number;
  const answers: Array<(res: import('node:http').ServerResponse) => void> = [];
  const senders: WebhookSender[] = [];
  const sender = (allowedHosts: string[]) => {
    const s = new WebhookSender(new WebhookAddressGuard({ requireHttps: false, allowedHosts }));
    senders.push(s);
    return s;
  };
  const send = (s: WebhookSender, host: string, timeoutMs = 1000) =>
    s.send({ url: `http://${host}:${port}/in`, headers: { 'content-type': 'application/json' }, body: '{"a":1}', timeoutMs });

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => (answers.shift() ?? ((r) => r.writeHead(204).end()))(res));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    senders.forEach((s) => s.close());
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('connects through the guard: a host name that resolves to loopback is refused before any connection', async () => {
    const sent = await send(sender([]), 'localhost');
    expect(sent.result).toMatchObject({ kind: 'refused', message: expect.stringMatching(/url host localhost resolves to .*loopback/) });
  });

  it('an allowlisted host name is called, and its answer and Retry-After come back', async () => {
    answers.push((res) => res.writeHead(503, { 'retry-after': '7' }).end('busy'));
    const sent = await send(sender(['localhost']), 'localhost');
    expect(sent.result).toEqual({ kind: 'response', statusCode: 503 });
    expect(sent.retryAfterMs).toBe(7000);
  });

  it('an IP literal is checked too', async () => {
    expect((await send(sender([]), '127.0.0.1')).result).toMatchObject({ kind: 'refused' });
    expect((await send(sender(['127.0.0.1']), '127.0.0.1')).result).toEqual({ kind: 'response', statusCode: 204 });
  });

  it('gives up after the timeout, whether the receiver is silent or slow to finish', async () => {
    answers.push(() => undefined);
    const silent = await send(sender(['127.0.0.1']), '127.0.0.1', 200);
    expect(silent.result).toEqual({ kind: 'timeout' });
    expect(silent.durationMs).toBeGreaterThanOrEqual(190);
    answers.push((res) => res.writeHead(200).write('partial'));
    expect((await send(sender(['127.0.0.1']), '127.0.0.1', 200)).result).toEqual({ kind: 'timeout' });
  });

  it('reports a refused connection as a network error', async () => {
    const closed = await sender(['127.0.0.1']).send({ url: 'http://127.0.0.1:1/in', headers: {}, body: '{}', timeoutMs: 1000 });
    expect(closed.result).toMatchObject({ kind: 'network-error', message: expect.stringMatching(/ECONNREFUSED/) });
  });
});
