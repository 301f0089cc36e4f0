import { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { addressInList, refusedAddressReason } from '../domain/refused-address';
import { parseWebhookUrl } from '../domain/parse-webhook-url';

export interface AddressPolicy {
  requireHttps: boolean;
  /** Host names, IP addresses and CIDR blocks that may be called although not public (lower case). */
  allowedHosts: readonly string[];
}

export type ResolveHost = (host: string) => Promise<LookupAddress[]>;

/** The guard refused the address (as opposed to DNS failing): repeating will not help. */
export class AddressRefusedError extends Error {
  readonly code = 'WEBHOOK_ADDRESS_REFUSED';
}

export type UrlVerdict = { ok: true; url: URL } | { ok: false; problem: string };

const DNS_TIMEOUT_MS = 5000;

/** Every address of a host name (IPv4 and IPv6), as the system resolver returns them. */
export async function lookupAll(host: string): Promise<LookupAddress[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`DNS lookup of ${host} timed out`), { code: 'ETIMEOUT' })), DNS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([lookup(host, { all: true, verbatim: true }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Decides where a webhook may send: at creation (the URL as given) and again at every send (the
 * addresses DNS gives now, which the sender then connects to, so a host that turns private later is
 * still refused). Every address of a host must be public, unless the host, or the address, is in
 * the configured allowlist.
 */
export class WebhookAddressGuard {
  constructor(
    private readonly policy: AddressPolicy,
    private readonly resolve: ResolveHost = lookupAll,
  ) {}

  async checkUrl(text: string): Promise<UrlVerdict> {
    const parsed = parseWebhookUrl(text, this.policy.requireHttps);
    if (!parsed.ok) return parsed;
    try {
      await this.addressesFor(parsed.host);
      return { ok: true, url: parsed.url };
    } catch (error) {
      if (error instanceof AddressRefusedError) return { ok: false, problem: error.message };
      const code = (error as { code?: string }).code ?? (error as Error).message;
      return { ok: false, problem: `url host ${parsed.host} could not be resolved (${code})` };
    }
  }

  /**
   * The addresses to connect to for a host; throws AddressRefusedError when any is refused (a
   * host that resolves to one public and one private address is refused: the client may pick either).
   */
  async addressesFor(host: string): Promise<LookupAddress[]> {
    const name = host.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();
    const literal = isIP(name);
    const addresses = literal ? [{ address: name, family: literal }] : await this.resolve(name);
    if (addresses.length === 0) throw Object.assign(new Error(`no address for ${name}`), { code: 'ENOTFOUND' });
    if (this.policy.allowedHosts.includes(name)) return addresses;
    for (const { address } of addresses) {
      const reason = refusedAddressReason(address);
      if (reason && !addressInList(address, this.policy.allowedHosts)) {
        const where = literal ? `url points to ${address}` : `url host ${name} resolves to ${address}`;
        throw new AddressRefusedError(`${where}, a ${reason} address: webhooks may only call public addresses`);
      }
    }
    return addresses;
  }
}
