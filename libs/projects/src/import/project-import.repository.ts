import { Injectable } from '@nestjs/common';
import { TenantTx } from '@yntymak/database';
import { ImportRowError, ImportStatus, ProjectImportType } from './project-import.type';

const COLUMNS = `id, status, dry_run AS "dryRun", total_rows AS "totalRows", processed_rows AS "processedRows", created_count AS "createdCount",
  errors, project_ids::text[] AS "projectIds", to_json(created_at) #>> '{}' AS "createdAt", to_json(finished_at) #>> '{}' AS "finishedAt"`;

/** SQL of project imports; every statement names the owner. */
@Injectable()
export class ProjectImportRepository {
  async insert(tx: TenantTx, row: { id: string; dryRun: boolean; csv: string; totalRows: number }): Promise<void> {
    await tx.exec(`INSERT INTO project_imports (id, organisation_id, actor_key_id, actor_role, dry_run, status, csv, total_rows) VALUES ($1, $2, $3, $4, $5, 'QUEUED', $6, $7)`, [
      row.id,
      tx.principal.organisationId,
      tx.principal.apiKeyId,
      tx.principal.role,
      row.dryRun,
      row.csv,
      row.totalRows,
    ]);
  }

  find(tx: TenantTx, id: string): Promise<ProjectImportType | undefined> {
    return tx.one<ProjectImportType>(`SELECT ${COLUMNS} FROM project_imports WHERE id = $1 AND organisation_id = $2`, [id, tx.principal.organisationId]);
  }

  async csv(tx: TenantTx, id: string): Promise<{ csv: string; dryRun: boolean; status: ImportStatus } | undefined> {
    return tx.one(`SELECT csv, dry_run AS "dryRun", status FROM project_imports WHERE id = $1 AND organisation_id = $2`, [id, tx.principal.organisationId]);
  }

  async progress(tx: TenantTx, id: string, status: ImportStatus, processedRows: number): Promise<void> {
    await tx.exec(`UPDATE project_imports SET status = $3, processed_rows = $4 WHERE id = $1 AND organisation_id = $2 AND finished_at IS NULL`, [
      id,
      tx.principal.organisationId,
      status,
      processedRows,
    ]);
  }

  /** Compare-and-set: only one run can finish an import. */
  async finish(tx: TenantTx, id: string, outcome: { status: 'SUCCEEDED' | 'FAILED'; processedRows: number; createdCount: number; errors: ImportRowError[]; projectIds: string[] }): Promise<boolean> {
    const touched = await tx.exec(
      `UPDATE project_imports SET status = $3, processed_rows = $4, created_count = $5, errors = $6, project_ids = $7::uuid[], finished_at = now()
        WHERE id = $1 AND organisation_id = $2 AND finished_at IS NULL`,
      [id, tx.principal.organisationId, outcome.status, outcome.processedRows, outcome.createdCount, JSON.stringify(outcome.errors), outcome.projectIds],
    );
    return touched === 1;
  }
}
