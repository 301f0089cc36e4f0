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

/** Rows validated together (one load of their references) and between two progress updates; also the write phase's progress step. */
const CHUNK_ROWS = 200;

/** A row's outcome: the project's fields, or its problems. */
interface CheckedRow {
  line: number;
  fields?: ProjectFields;
  errors: FieldProblem[];
}

/**
 * Runs one import in the worker, as the organisation that asked for it: validates every row
 * (collecting all errors with their line; the database is asked once per chunk of rows, not per
 * row), then, unless it is a dry run or a row failed, writes all projects in one transaction
 * together with the import's final state. Progress is committed separately every 200 rows so that
 * a poller sees it move.
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
      for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
        for (const checked of await this.validateChunk(tx, rows.slice(start, start + CHUNK_ROWS), seenIati)) {
          if (checked.fields) valid.push({ line: checked.line, fields: checked.fields });
          errors.push(...checked.errors.map((p) => ({ line: checked.line, field: toColumn(p.field), message: p.message })));
        }
        await progress('VALIDATING', Math.min(start + CHUNK_ROWS, rows.length));
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
        ids.push((await this.creator.insert(tx, row.fields, 'IMPORTED')).id);
        if ((i + 1) % CHUNK_ROWS === 0) await progress('WRITING', i + 1);
      }
      const finished = await this.imports.finish(tx, importId, { status: 'SUCCEEDED', processedRows: rows.length, createdCount: ids.length, errors: [], projectIds: ids });
      // Another run finished it first: roll this one back whole.
      if (!finished) throw new Error(`import ${importId} was finished by another run`);
    });
    return 'done';
  }

  /**
   * Validates a chunk of rows in order with the rules of createProject, asking the database twice
   * per chunk instead of several times per row: once for the IATI identifiers already registered,
   * once (ReferenceChecker.load, one statement, none when all were seen recently) for the units, themes, interventions and
   * organisations the rows name. Each row's errors are those createProject would give.
   */
  private async validateChunk(tx: TenantTx, rows: ReadonlyArray<{ line: number; values: Record<string, string> }>, seenIati: Map<string, number>): Promise<CheckedRow[]> {
    const read: Array<CheckedRow | { line: number; input: CreateProjectInput; iati?: string }> = [];
    for (const row of rows) {
      const parsed = readImportRow(row.values);
      if (parsed.problems.length) {
        read.push({ line: row.line, errors: parsed.problems });
        continue;
      }
      const { value, problems } = await validateInput(CreateProjectInput, parsed.project);
      read.push(problems.length ? { line: row.line, errors: problems } : { line: row.line, input: value, iati: parsed.project.iatiIdentifier ?? undefined });
    }
    const inputs = read.flatMap((r) => ('input' in r ? [r] : []));
    const iatis = inputs.flatMap((r) => (r.iati ? [r.iati] : []));
    const taken = new Map(
      iatis.length
        ? (
            await tx.rows<{ id: string; iati_identifier: string }>(`SELECT id, iati_identifier FROM projects WHERE organisation_id = $1 AND iati_identifier = ANY($2::text[])`, [
              tx.principal.organisationId,
              iatis,
            ])
          ).map((r) => [r.iati_identifier, r.id])
        : [],
    );
    const known = await this.creator.loadReferences(
      tx,
      inputs.map((r) => r.input),
    );
    return read.map((r) => {
      if (!('input' in r)) return r;
      if (r.iati) {
        const earlier = seenIati.get(r.iati);
        if (earlier) return { line: r.line, errors: [{ field: 'iati_identifier', message: `iati_identifier ${r.iati} is also on line ${earlier}` }] };
        seenIati.set(r.iati, r.line);
        const existing = taken.get(r.iati);
        if (existing) return { line: r.line, errors: [{ field: 'iati_identifier', message: `iati_identifier ${r.iati} is already registered (project ${existing})` }] };
      }
      try {
        return { line: r.line, fields: this.creator.validateKnown(known, r.input), errors: [] };
      } catch (error) {
        if (error instanceof BadInputError) return { line: r.line, errors: error.problems };
        throw error;
      }
    });
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
