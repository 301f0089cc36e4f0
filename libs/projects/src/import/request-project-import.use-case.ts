import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TenantDb } from '@yntymak/database';
import { BadInputError } from '@yntymak/errors';
import { EventType, appendEvent } from '@yntymak/outbox';
import { CsvError, parseCsv } from '@yntymak/text';
import { IMPORT_COLUMNS } from '../domain/read-import-row';
import { ImportProjectsInput, MAX_IMPORT_ROWS } from './import-projects.input';
import { ProjectImportRepository } from './project-import.repository';
import { ProjectImportType } from './project-import.type';

/**
 * Accepts a CSV file for import: checks that it is a well-formed CSV with known columns, stores it
 * and queues the import (the worker validates every row and writes). Returns at once; the caller
 * polls projectImport(id) for progress.
 */
@Injectable()
export class RequestProjectImportUseCase {
  constructor(
    private readonly db: TenantDb,
    private readonly imports: ProjectImportRepository,
  ) {}

  async execute(input: ImportProjectsInput): Promise<ProjectImportType> {
    const rows = readCsv(input.csv);
    return this.db.run(async (tx) => {
      const id = randomUUID();
      await this.imports.insert(tx, { id, dryRun: input.dryRun, csv: input.csv, totalRows: rows });
      await appendEvent(tx, { type: EventType.ProjectImportRequested, aggregateType: 'project_import', aggregateId: id, payload: { dryRun: input.dryRun } });
      return (await this.imports.find(tx, id))!;
    });
  }
}

function readCsv(csv: string): number {
  let rows;
  try {
    rows = parseCsv('csv', csv);
  } catch (error) {
    if (error instanceof CsvError) throw new BadInputError('csv', `${error.message}`, 'MALFORMED_CSV');
    throw error;
  }
  const header = Object.keys(rows[0]?.values ?? {});
  if (rows.length === 0) throw new BadInputError('csv', 'The CSV has a header but no rows.', 'EMPTY_CSV');
  const unknown = header.filter((c) => !(IMPORT_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) throw new BadInputError('csv', `Unknown column(s) on line 1: ${unknown.join(', ')}. Known columns: ${IMPORT_COLUMNS.join(', ')}.`, 'UNKNOWN_COLUMN');
  for (const needed of ['coverage', 'themes']) {
    if (!header.includes(needed)) throw new BadInputError('csv', `The CSV needs a "${needed}" column.`, 'MISSING_COLUMN');
  }
  if (!header.some((c) => c.startsWith('title_'))) throw new BadInputError('csv', 'The CSV needs at least one of the columns title_ky, title_ru, title_en.', 'MISSING_COLUMN');
  if (rows.length > MAX_IMPORT_ROWS) throw new BadInputError('csv', `The CSV has ${rows.length} rows; split it into files of at most ${MAX_IMPORT_ROWS}.`, 'TOO_MANY_ROWS');
  return rows.length;
}
