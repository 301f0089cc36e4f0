import http from 'node:http';
import https from 'node:https';
import { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { AttemptResult } from '../domain/classify-outcome';
import { AddressRefusedError, WebhookAddressGuard } from '../address/webhook-address-guard';

export interface OutboundRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export interface SendResult {
  result: AttemptResult;
  durationMs: number;
  /** The receiver's Retry-After, when it sent one. */
  retryAfterMs?: number;
}

/** Receivers' answers are read and dropped; a receiver cannot make the worker read more than this. */
const MAX_RESPONSE_BYTES = 64 * 1024;

class AttemptTimeout extends Error {}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Sends one signed POST. The connection goes only to an address the guard has just approved: the
 * guard is the socket's DNS lookup, so there is no window between checking and connecting in which
 * DNS could change. Redirects are not followed. Connections are kept alive per host.
 */
export class WebhookSender {
  private readonly agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 100 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 100 }),
  };

  constructor(private readonly guard: WebhookAddressGuard) {}

  async send(request: OutboundRequest): Promise<SendResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const url = new URL(request.url);
    try {
      // An IP literal skips DNS, so the socket's lookup would never run: check it here.
      if (isIP(url.hostname.replace(/^\[(.*)\]$/, '$1'))) await this.guard.addressesFor(url.hostname);
      const { statusCode, retryAfter } = await this.post(url, request);
      return { result: { kind: 'response', statusCode }, durationMs: elapsed(), retryAfterMs: retryAfter };
    } catch (error) {
      return { result: toAttemptResult(error), durationMs: elapsed() };
    }
  }

  close(): void {
    Object.values(this.agents).forEach((agent) => agent.destroy());
  }

  private post(url: URL, request: OutboundRequest): Promise<{ statusCode: number; retryAfter?: number }> {
    const client = url.protocol === 'https:' ? https : http;
    const agent = url.protocol === 'https:' ? this.agents['https:'] : this.agents['http:'];
    return new Promise((resolve, reject) => {
      const req = client.request(url, {
        method: 'POST',
        agent,
        lookup: this.lookup as never,
        headers: { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) },
      });
      const timer = setTimeout(() => req.destroy(new AttemptTimeout(`no complete response within ${request.timeoutMs} ms`)), request.timeoutMs);
      const finish = (fn: () => void) => {
        clearTimeout(timer);
        fn();
      };
      req.on('error', (error) => finish(() => reject(error)));
      req.on('response', (res) => {
        let read = 0;
        const done = () => finish(() => resolve({ statusCode: res.statusCode ?? 0, retryAfter: parseRetryAfter(res.headers['retry-after']) }));
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) {
            res.destroy();
            done();
          }
        });
        res.on('end', done);
        res.on('error', (error) => finish(() => reject(error)));
      });
      req.end(request.body);
    });
  }

  /** The socket's DNS lookup: only addresses the guard approves, all of them checked. */
  private readonly lookup = (hostname: string, options: { family?: number | string; all?: boolean }, callback: LookupCallback): void => {
    this.guard.addressesFor(hostname).then(
      (addresses) => {
        const family = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
        const usable = family ? addresses.filter((a) => a.family === family) : addresses;
        if (usable.length === 0) callback(Object.assign(new Error(`no IPv${family} address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        else if (options.all) callback(null, usable);
        else callback(null, usable[0].address, usable[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

function toAttemptResult(error: unknown): AttemptResult {
  if (error instanceof AttemptTimeout) return { kind: 'timeout' };
  if (error instanceof AddressRefusedError) return { kind: 'refused', message: error.message };
  const e = error as NodeJS.ErrnoException;
  return { kind: 'network-error', message: [e.code, e.message].filter(Boolean).join(': ') || String(error) };
}

/** Retry-After in seconds or as an HTTP date. */
function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
