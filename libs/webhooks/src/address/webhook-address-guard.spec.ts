import { LookupAddress } from 'node:dns';
import { WebhookAddressGuard } from './webhook-address-guard';

const dns: Record<string, LookupAddress[]> = {
  'hooks.example.org': [{ address: '93.184.215.14', family: 4 }],
  'split.example.org': [
    { address: '93.184.215.14', family: 4 },
    { address: 'fd00::1', family: 6 },
  ],
  'internal.example.org': [{ address: '10.0.0.7', family: 4 }],
};
const resolve = async (host: string) => {
  if (!dns[host]) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return dns[host];
};
const guard = (requireHttps = false, allowedHosts: string[] = []) => new WebhookAddressGuard({ requireHttps, allowedHosts }, resolve);

describe('WebhookAddressGuard', () => {
  it('accepts a public host', async () => {
    await expect(guard(true).checkUrl('https://hooks.example.org/in')).resolves.toMatchObject({ ok: true });
  });

  it('refuses http when https is required, and odd URLs always', async () => {
    await expect(guard(true).checkUrl('http://hooks.example.org/in')).resolves.toEqual({ ok: false, problem: 'url must use https' });
    await expect(guard().checkUrl('ftp://hooks.example.org/in')).resolves.toMatchObject({ ok: false, problem: expect.stringMatching(/https/) });
    await expect(guard().checkUrl('hooks.example.org/in')).resolves.toMatchObject({ ok: false, problem: expect.stringMatching(/absolute URL/) });
    await expect(guard().checkUrl('https://user:pw@hooks.example.org/in')).resolves.toMatchObject({ ok: false, problem: expect.stringMatching(/user name or password/) });
  });

  it('refuses a host when any of its addresses is not public', async () => {
    await expect(guard().checkUrl('https://split.example.org/')).resolves.toEqual({
      ok: false,
      problem: 'url host split.example.org resolves to fd00::1, a private (unique local) (fc00::/7) address: webhooks may only call public addresses',
    });
    await expect(guard().checkUrl('https://internal.example.org/')).resolves.toMatchObject({ ok: false, problem: expect.stringMatching(/10\.0\.0\.7, a private/) });
  });

  it('refuses IP literals, IPv6 too, without asking DNS', async () => {
    await expect(guard().checkUrl('http://127.0.0.1:8080/')).resolves.toMatchObject({ ok: false, problem: expect.stringMatching(/^url points to 127.0.0.1, a loopback/) });
    await expect(guard().checkUrl('http://[::1]/')).resolves.toMatchObject({ ok: false, problem: expect.stringMatching(/^url points to ::1, a loopback/) });
    await expect(guard().checkUrl('http://0.0.0.0/')).resolves.toMatchObject({ ok: false, problem: expect.stringMatching(/unspecified/) });
    await expect(guard().checkUrl('http://169.254.169.254/latest/meta-data')).resolves.toMatchObject({ ok: false, problem: expect.stringMatching(/link-local/) });
  });

  it('lets the allowlist through, by host name, address or block', async () => {
    await expect(guard(false, ['127.0.0.1']).checkUrl('http://127.0.0.1:8080/')).resolves.toMatchObject({ ok: true });
    await expect(guard(false, ['internal.example.org']).checkUrl('https://internal.example.org/')).resolves.toMatchObject({ ok: true });
    await expect(guard(false, ['10.0.0.0/8']).checkUrl('https://internal.example.org/')).resolves.toMatchObject({ ok: true });
    await expect(guard(false, ['10.0.0.0/8']).checkUrl('https://split.example.org/')).resolves.toMatchObject({ ok: false });
  });

  it('says when a host does not resolve', async () => {
    await expect(guard().checkUrl('https://nowhere.example.org/')).resolves.toEqual({ ok: false, problem: 'url host nowhere.example.org could not be resolved (ENOTFOUND)' });
  });
});
