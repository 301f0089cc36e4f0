import { DomainEvent, EventHandler, EventType } from '@yntymak/outbox';
import { RevocationBus } from '../auth/revocation-bus';

/**
 * The gateway that revoked a key broadcasts at once; this handler broadcasts again from the
 * outbox, so that a gateway crash between commit and broadcast cannot leave a revoked key cached.
 * Broadcasting twice is harmless.
 */
export class BroadcastKeyRevocationHandler implements EventHandler {
  readonly name = 'tenancy.broadcast-key-revocation';
  readonly events = [EventType.ApiKeyRevoked] as const;

  constructor(private readonly bus: RevocationBus) {}

  async handle(event: DomainEvent): Promise<'done'> {
    await this.bus.publish(event.aggregateId);
    return 'done';
  }
}
