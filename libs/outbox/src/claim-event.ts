import { TenantTx } from '@yntymak/database';

/**
 * The database guard around a handler's side effect: call it first in the transaction that makes
 * the effect. True means "first time: go ahead"; false means this handler already processed this
 * event (a redelivery), and the caller returns 'skipped'. The row commits or rolls back with the
 * effect, so a crash between the two cannot leave one without the other.
 */
export async function claimEvent(tx: TenantTx, handler: string, eventId: string): Promise<boolean> {
  const inserted = await tx.exec(`INSERT INTO processed_events (handler, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [handler, eventId]);
  return inserted === 1;
}
