/** Every BullMQ queue, in one place. Renaming one strands its jobs: treat it as a migration. */
export enum QueueName {
  /** Domain events relayed from the outbox; job name = event type, job id = event id. */
  DomainEvents = 'domain-events',
}
