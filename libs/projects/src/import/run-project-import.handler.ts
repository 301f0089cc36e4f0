import { DataSource } from 'typeorm';
import { OrganisationKind, Principal, Role } from '@yntymak/context';
import { DomainEvent, EventHandler, EventType } from '@yntymak/outbox';
import { ProjectImportRunner } from './project-import.runner';

/** Runs a queued import as the organisation and key that asked for it. */
export class RunProjectImportHandler implements EventHandler {
  readonly name = 'projects.run-import';
  readonly events = [EventType.ProjectImportRequested] as const;

  constructor(
    private readonly owner: DataSource,
    private readonly runner: ProjectImportRunner,
  ) {}

  async handle(event: DomainEvent): Promise<'done' | 'skipped'> {
    const [row] = await this.owner.query(
      `SELECT i.organisation_id, i.actor_key_id, i.actor_role, o.kind, o.name, o.iati_identifier, o.created_at
         FROM project_imports i JOIN organisations o ON o.id = i.organisation_id WHERE i.id = $1`,
      [event.aggregateId],
    );
    if (!row) return 'skipped';
    const principal: Principal = {
      organisationId: row.organisation_id,
      organisationKind: row.kind as OrganisationKind,
      organisationName: row.name,
      organisationIatiIdentifier: row.iati_identifier,
      organisationCreatedAt: new Date(row.created_at).toISOString(),
      apiKeyId: row.actor_key_id,
      role: row.actor_role as Role,
    };
    return this.runner.run(event.aggregateId, principal);
  }
}
