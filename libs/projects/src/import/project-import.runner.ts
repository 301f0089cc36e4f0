import { Principal } from '@yntymak/context';
import { TenantDb, TenantTx } from '@yntymak/database';
import { BadInputError, FieldProblem } from '@yntymak/errors';
import { validateInput } from '@yntymak/graphql-kit';
import { parseCsv } from '@yntymak/text';
import { ProjectFields } from '../domain/project';
import { readImportRow } from '../domain/read-import-row';
import { CreateProjectInput } from '../dto/project.input';
import { ProjectCreator } from '../project-write.use-cases';
import { ProjectImportRepository } from './project-import.repository';
import { ImportRowError } from './project-import.type';

const PROGRESS_EVERY = 200;

/**
 * Runs one import in the worker, as the organisation that asked for it: validates every row
 * (collecting all errors with their line), then, unless it is a dry run or a row failed, writes
 * all projects in one transaction together with the import's final state. Progress is committed
 * separately every 200 rows so that a poller sees it move.
 */
export class ProjectImportRunner {
  constructor(
    private readonly db: TenantDb,
    private readonly imports: ProjectImportRepository,
    private readonly creator: ProjectCreator,
  ) {}

  async run(importId: string, principal: Principal): Promise<'done' | 'skipped'> {
    const stored = await this.db.runAs(principal, (tx) => this.imports.csv(tx, importId));
    if (!stored || stored.status === 'SUCCEEDED' || stored.status === 'FAILED') return 'skipped';
    const rows = parseCsv('csv', stored.csv);
    const progress = (status: 'VALIDATING' | 'WRITING', n: number) => this.db.runAs(principal, (tx) => this.imports.progress(tx, importId, status, n));

    await progress('VALIDATING', 0);
    const errors: ImportRowError[] = [];
    const valid: Array<{ line: number; fields: ProjectFields }> = [];
    await this.db.runAs(principal, async (tx) => {
      const seenIati = new Map<string, number>();
      for (const [i, row] of rows.entries()) {
        const problems = await this.validateRow(tx, row.values, seenIati, row.line);
        if (problems.fields) valid.push({ line: row.line, fields: problems.fields });
        errors.push(...problems.errors.map((p) => ({ line: row.line, field: toColumn(p.field), message: p.message })));
        if ((i + 1) % PROGRESS_EVERY === 0) await progress('VALIDATING', i + 1);
      }
    });

    if (errors.length || stored.dryRun) {
      await this.db.runAs(principal, (tx) =>
        this.imports.finish(tx, importId, { status: errors.length ? 'FAILED' : 'SUCCEEDED', processedRows: rows.length, createdCount: 0, errors, projectIds: [] }),
      );
      return 'done';
    }

    await progress('WRITING', 0);
    await this.db.runAs(principal, async (tx) => {
      const ids: string[] = [];
      for (const [i, row] of valid.entries()) {
        ids.push(await this.creator.insert(tx, row.fields, 'IMPORTED'));
        if ((i + 1) % PROGRESS_EVERY === 0) await progress('WRITING', i + 1);
      }
      const finished = await this.imports.finish(tx, importId, { status: 'SUCCEEDED', processedRows: rows.length, createdCount: ids.length, errors: [], projectIds: ids });
      // Another run finished it first: roll this one back whole.
      if (!finished) throw new Error(`import ${importId} was finished by another run`);
    });
    return 'done';
  }

  private async validateRow(tx: TenantTx, values: Record<string, string>, seenIati: Map<string, number>, line: number): Promise<{ fields?: ProjectFields; errors: FieldProblem[] }> {
    const read = readImportRow(values);
    if (read.problems.length) return { errors: read.problems };
    const { value, problems } = await validateInput(CreateProjectInput, read.project);
    if (problems.length) return { errors: problems };
    const iati = read.project.iatiIdentifier;
    if (iati) {
      const earlier = seenIati.get(iati);
      if (earlier) return { errors: [{ field: 'iati_identifier', message: `iati_identifier ${iati} is also on line ${earlier}` }] };
      seenIati.set(iati, line);
      const [taken] = await tx.rows(`SELECT id FROM projects WHERE organisation_id = $1 AND iati_identifier = $2`, [tx.principal.organisationId, iati]);
      if (taken) return { errors: [{ field: 'iati_identifier', message: `iati_identifier ${iati} is already registered (project ${taken.id})` }] };
    }
    try {
      return { fields: await this.creator.validate(tx, value), errors: [] };
    } catch (error) {
      if (error instanceof BadInputError) return { errors: error.problems };
      throw error;
    }
  }
}

/** Names a problem by its CSV column: title.en → title_en, startDate → start_date, coverage[2] → coverage. */
function toColumn(field: string): string {
  return field
    .replace(/\[\d+\].*$/, '')
    .replace(/^(targetGroups|parties)\..*$/, '$1')
    .replace(/\./g, '_')
    .replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
