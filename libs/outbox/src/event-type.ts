/**
 * Every event the outbox carries. The string is the BullMQ job name and is stored in
 * outbox_events.type: renaming one is a data migration, not a refactor.
 */
export enum EventType {
  OrganisationCreated = 'organisation.created',
  ApiKeyCreated = 'api_key.created',
  ApiKeyRevoked = 'api_key.revoked',
  ProjectCreated = 'project.created',
  ProjectUpdated = 'project.updated',
  ProjectArchived = 'project.archived',
  ProjectImportRequested = 'project_import.requested',
  OverlapDetected = 'overlap.detected',
  OverlapChanged = 'overlap.changed',
  OverlapReviewed = 'overlap.reviewed',
  OverlapClosed = 'overlap.closed',
  AlertCreated = 'alert.created',
  OverlapRecomputeRequested = 'overlap_recompute.requested',
  WebhookDeliveryRequested = 'webhook.delivery_requested',
  IssueRaised = 'issue.raised',
  IssueRefined = 'issue.refined',
  IssueTransitioned = 'issue.transitioned',
  /** An issue was (re)addressed to bodies with a new response deadline: the deadline timer is set from it. */
  IssueAddressed = 'issue.addressed',
  GovernmentBodyLinked = 'government_body.linked',
  /** A shared issue was sent to the coordinating body as a dossier (once). */
  SharedIssueEscalated = 'shared_issue.escalated',
}

export const EVENT_TYPES: readonly EventType[] = Object.values(EventType);
