import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { loadDigest } from './load-digest';
import { renderDigestHtml, renderDigestText } from './render-digest';

/** Where digests go. Only 'log' exists here (no mail server runs); an SMTP transport plugs in behind the same interface. */
export interface DigestTransport {
  send(organisationId: string, day: string, text: string, html: string): Promise<void>;
}

export function logTransport(logger: Logger): DigestTransport {
  return { send: async (organisationId, day, text) => logger.info({ organisationId, day, digest: text }, 'daily digest') };
}

/** Bishkek's yesterday, as YYYY-MM-DD: the digest covers a whole local day. */
export function bishkekYesterday(now: Date): string {
  return new Date(now.getTime() + 6 * 3600_000 - 24 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Builds and sends the digest of `day` for every organisation that had alerts that day. The row
 * is inserted before sending (primary key organisation + day), so several workers, retries and
 * restarts send each digest at most once per transport success.
 */
export async function sendDailyDigests(owner: DataSource, day: string, transport: DigestTransport | null, logger: Logger): Promise<number> {
  const orgs: Array<{ organisation_id: string }> = await owner.query(
    `SELECT DISTINCT organisation_id FROM alerts WHERE (created_at AT TIME ZONE 'Asia/Bishkek')::date = $1::date`,
    [day],
  );
  let sent = 0;
  for (const { organisation_id: org } of orgs) {
    const content = await loadDigest((sql, params) => owner.query(sql, params), org, day);
    const text = renderDigestText(content);
    const html = renderDigestHtml(content);
    await owner.query(`INSERT INTO alert_digests (organisation_id, day, text, html) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [org, day, text, html]);
    if (!transport) continue;
    // Claim before sending: of two workers, one wins; a failed send gives the claim back for the retry.
    // TypeORM answers an UPDATE with [rows, count].
    const [[claimed]] = await owner.query(
      `UPDATE alert_digests SET sent_at = now() WHERE organisation_id = $1 AND day = $2 AND sent_at IS NULL RETURNING text, html`,
      [org, day],
    );
    if (!claimed) continue;
    try {
      await transport.send(org, day, claimed.text, claimed.html);
    } catch (error) {
      await owner.query(`UPDATE alert_digests SET sent_at = NULL WHERE organisation_id = $1 AND day = $2`, [org, day]);
      throw error;
    }
    sent += 1;
  }
  logger.info({ day, organisations: orgs.length, sent }, 'daily digests');
  return sent;
}
