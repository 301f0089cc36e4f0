import { CsvError, CsvRow } from './parse-csv';
import { isOneOf } from './reference-codes';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Typed access to one CSV row; every problem names the file, the line and the column. */
export class CsvFieldReader {
  constructor(
    private readonly file: string,
    private readonly row: CsvRow,
  ) {}

  get line(): number {
    return this.row.line;
  }

  fail(column: string, problem: string): never {
    throw new CsvError(this.file, this.row.line, `${column}: ${problem}`);
  }

  optional(column: string): string | null {
    const raw = this.row.values[column];
    if (raw === undefined) this.fail(column, 'the column is missing from the header');
    const value = raw.trim();
    return value === '' ? null : value;
  }

  required(column: string): string {
    return this.optional(column) ?? this.fail(column, 'is empty');
  }

  matching(column: string, pattern: RegExp, what: string): string {
    const value = this.required(column);
    if (!pattern.test(value)) this.fail(column, `"${value}" is not ${what}`);
    return value;
  }

  optionalMatching(column: string, pattern: RegExp, what: string): string | null {
    return this.optional(column) === null ? null : this.matching(column, pattern, what);
  }

  oneOf<T extends string>(column: string, values: readonly T[]): T {
    const value = this.required(column);
    if (!isOneOf(values, value)) this.fail(column, `"${value}" is not one of ${values.join(', ')}`);
    return value;
  }

  /** A `|`-separated list; empty means none. */
  list(column: string): string[] {
    const value = this.optional(column);
    return value === null ? [] : value.split('|').map((v) => v.trim()).filter((v) => v !== '');
  }

  listOf<T extends string>(column: string, values: readonly T[]): T[] {
    return this.list(column).map((v) => (isOneOf(values, v) ? v : this.fail(column, `"${v}" is not one of ${values.join(', ')}`)));
  }

  date(column: string): string {
    const value = this.matching(column, DATE, 'a date (YYYY-MM-DD)');
    const parsed = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) this.fail(column, `"${value}" is not a calendar date`);
    return value;
  }

  optionalDate(column: string): string | null {
    return this.optional(column) === null ? null : this.date(column);
  }
}
