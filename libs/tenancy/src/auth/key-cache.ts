import { Principal } from '@yntymak/context';

interface Entry {
  principal: Principal;
  expiresAt: number;
}

/**
 * Verified keys, kept briefly so that a request costs no database round trip. Revocation
 * removes the entry here at once and in every other gateway through the revocation bus; the TTL
 * bounds how long a revoked key could live on in a gateway that missed the message.
 */
export class KeyCache {
  private readonly byHash = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(hashHex: string): Principal | undefined {
    const entry = this.byHash.get(hashHex);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.byHash.delete(hashHex);
      return undefined;
    }
    return entry.principal;
  }

  set(hashHex: string, principal: Principal): void {
    if (this.ttlMs <= 0) return;
    if (this.byHash.size >= this.maxEntries) this.byHash.delete(this.byHash.keys().next().value as string);
    this.byHash.set(hashHex, { principal, expiresAt: this.now() + this.ttlMs });
  }

  forgetKey(apiKeyId: string): void {
    for (const [hash, entry] of this.byHash) if (entry.principal.apiKeyId === apiKeyId) this.byHash.delete(hash);
  }

  clear(): void {
    this.byHash.clear();
  }
}
