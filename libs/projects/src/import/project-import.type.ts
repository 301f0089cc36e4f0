import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const IMPORT_STATUSES = ['QUEUED', 'VALIDATING', 'WRITING', 'SUCCEEDED', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const ImportStatusEnum = Object.fromEntries(IMPORT_STATUSES.map((s) => [s, s])) as Record<ImportStatus, ImportStatus>;
registerEnumType(ImportStatusEnum, { name: 'ProjectImportStatus', description: 'QUEUED → VALIDATING → WRITING → SUCCEEDED, or FAILED with the rows at fault.' });

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: 'The line of the CSV file where the row starts (the header is line 1).' }) line: number;
  @Field() field: string;
  @Field() message: string;
}

@ObjectType('ProjectImport', { description: 'A CSV import: all rows are written in one transaction, or none is. Poll projectImport(id) for progress.' })
export class ProjectImportType {
  @Field(() => ID) id: string;
  @Field(() => ImportStatusEnum) status: ImportStatus;
  @Field() dryRun: boolean;
  @Field(() => Int) totalRows: number;
  @Field(() => Int) processedRows: number;
  @Field(() => Int) createdCount: number;
  @Field(() => [ImportRowError]) errors: ImportRowError[];
  @Field(() => [ID]) projectIds: string[];
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) finishedAt: string | null;
}
