export const MAX_URL_LENGTH = 2000;

export type ParsedWebhookUrl = { ok: true; url: URL; host: string } | { ok: false; problem: string };

/**
 * The shape of a receiver URL, before any address is looked at: absolute, https (or http where
 * allowed), no credentials, at most 2,000 characters. `host` is the hostname without IPv6 brackets.
 */
export function parseWebhookUrl(text: string, requireHttps: boolean): ParsedWebhookUrl {
  if (text.length > MAX_URL_LENGTH) return { ok: false, problem: `url must be at most ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'url must be an absolute URL, such as https://hooks.example.org/yntymak' };
  }
  if (requireHttps && url.protocol !== 'https:') return { ok: false, problem: 'url must use https' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'url must use https (or http outside production)' };
  if (url.username || url.password) return { ok: false, problem: 'url must not contain a user name or password: the signature authenticates each delivery' };
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();
  if (!host) return { ok: false, problem: 'url must name a host' };
  return { ok: true, url, host };
}
