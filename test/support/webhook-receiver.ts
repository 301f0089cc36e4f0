import { createHmac, timingSafeEqual } from 'node:crypto';
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * The receiver's side of Standard Webhooks, written from the specification and independently of
 * libs/webhooks: HMAC-SHA256 keyed with the base64-decoded secret over `id.timestamp.body`, any
 * of the space-separated `v1,` signatures, compared in constant time, a timestamp within five
 * minutes of now.
 */
export function verifyStandardWebhook(secret: string, headers: IncomingHttpHeaders, body: string, toleranceSeconds = 300): boolean {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return false;
  if (!/^\d+$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    if (!signature || version !== 'v1') return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export interface Receipt {
  /** The last path segment of the URL it was sent to. */
  hook: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local receiver on 127.0.0.1 that records every POST and answers 204 (or what `answer` says). */
export class RecordingReceiver {
  readonly receipts: Receipt[] = [];
  private server?: Server;
  private port = 0;
  private listeners: Array<(r: Receipt) => void> = [];

  constructor(private readonly answer: (receipt: Receipt) => number = () => 204) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const receipt = { hook: (req.url ?? '').split('/').pop()!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
        this.receipts.push(receipt);
        res.writeHead(this.answer(receipt)).end();
        this.listeners.forEach((listener) => listener(receipt));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(hook: string): string {
    return `http://127.0.0.1:${this.port}/hooks/${hook}`;
  }

  of(hook: string): Receipt[] {
    return this.receipts.filter((r) => r.hook === hook);
  }

  /** Calls `listener` after each receipt has been answered. */
  onReceipt(listener: (receipt: Receipt) => void): void {
    this.listeners.push(listener);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
