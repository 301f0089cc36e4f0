import http from 'node:http';

export interface ReceivedDelivery {
  /** The webhook-id header: the delivery id, the same on every attempt. */
  id: string;
  /** performance.now() in this process when the body had arrived. */
  at: number;
  /** Milliseconds from the delivery's creation (its `timestamp`, the alert's transaction) to its arrival, by the wall clock. */
  lagMs: number;
  path: string;
}

export interface WebhookReceiver {
  url: string;
  /** First arrival of each delivery, in arrival order. */
  deliveries: ReceivedDelivery[];
  /** Arrivals of a delivery id already received. */
  repeats: number;
  /** Requests without the Standard Webhooks headers. */
  unsigned: number;
  close(): Promise<void>;
}

/**
 * A local receiver for webhook deliveries: answers 204 at once to every POST, and records the
 * first arrival of each webhook-id. Signatures are not verified here (the webhooks' tests do that);
 * a request without the three headers is counted as unsigned.
 */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const seen = new Set<string>();
  const receiver: Omit<WebhookReceiver, 'url' | 'close'> = { deliveries: [], repeats: 0, unsigned: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const id = req.headers['webhook-id'];
      if (typeof id !== 'string' || !req.headers['webhook-signature'] || !req.headers['webhook-timestamp']) receiver.unsigned += 1;
      else if (seen.has(id)) receiver.repeats += 1;
      else {
        seen.add(id);
        let lagMs = Number.NaN;
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { timestamp?: string };
          if (body.timestamp) lagMs = Date.now() - Date.parse(body.timestamp);
        } catch {
          // not JSON: counted, without a lag
        }
        receiver.deliveries.push({ id, at, lagMs, path: req.url ?? '' });
      }
      res.statusCode = 204;
      res.end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
