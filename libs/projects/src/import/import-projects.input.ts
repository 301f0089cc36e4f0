import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export const MAX_IMPORT_BYTES = 10_000_000;
export const MAX_IMPORT_ROWS = 20_000;

@InputType()
export class ImportProjectsInput {
  @Field({ description: `The CSV text (UTF-8, header row; columns in docs/projects-import.md), at most ${MAX_IMPORT_BYTES} characters and ${MAX_IMPORT_ROWS} rows.` })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_IMPORT_BYTES)
  csv: string;

  @Field({ defaultValue: false, description: 'Validate every row and report, without writing anything.' })
  @IsBoolean()
  dryRun: boolean = false;
}

@ArgsType()
export class ProjectImportArgs {
  @Field(() => ID) @IsUUID('all', { message: 'id must be an import id' }) id: string;
}
