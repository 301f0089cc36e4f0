import { EventType } from './event-type';

/** What a relayed event looks like on the queue. Small: handlers reload state by id. */
export interface DomainEvent<P extends object = Record<string, unknown>> {
  eventId: string;
  type: EventType;
  aggregateType: string;
  aggregateId: string;
  organisationId: string | null;
  payload: P;
  createdAt: string;
}
