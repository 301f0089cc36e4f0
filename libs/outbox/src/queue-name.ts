/** Every BullMQ queue, in one place. Renaming one strands its jobs: treat it as a migration. */
export enum QueueName {
  /** Domain events relayed from the outbox; job name = event type, job id = event id. */
  DomainEvents = 'domain-events',
  /** Outbound webhook sends; job id = delivery id (plus a suffix for each redelivery). */
  WebhookDeliveries = 'webhook-deliveries',
  /** Timers: the daily digest (a job scheduler, so N workers send it once). */
  Schedules = 'schedules',
  /** Issue response deadlines: one delayed job per deadline, job id = escalationJobId(issue, level, deadline). */
  IssueDeadlines = 'issue-deadlines',
}
