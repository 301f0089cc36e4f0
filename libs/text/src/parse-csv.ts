/** One data row of a CSV file, by column name, with the line it started on (for error messages). */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export class CsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file} line ${line}: ${problem}`);
    this.name = 'CsvError';
  }
}

/**
 * RFC 4180 as the reference data is written: a header row, comma separated, fields quoted when they
 * hold a comma, a quote or a line break, quotes doubled inside quotes. Every row must have as many
 * fields as the header: a short row is an error, not a row with empty fields.
 */
export function parseCsv(file: string, text: string): CsvRow[] {
  const records = splitRecords(file, text.replace(/^\uFEFF/, ''));
  if (records.length === 0) throw new CsvError(file, 1, 'the file is empty; it needs at least a header row');
  const [header, ...rows] = records;
  if (new Set(header.fields).size !== header.fields.length) throw new CsvError(file, 1, 'a column name appears twice in the header');
  return rows.map((row) => {
    if (row.fields.length !== header.fields.length) {
      throw new CsvError(file, row.line, `expected ${header.fields.length} fields (${header.fields.join(',')}), found ${row.fields.length}`);
    }
    return { line: row.line, values: Object.fromEntries(header.fields.map((name, i) => [name, row.fields[i]])) };
  });
}

function splitRecords(file: string, text: string): Array<{ line: number; fields: string[] }> {
  const records: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    recordLine = line;
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new CsvError(file, line, 'a quote inside an unquoted field');
      quoted = true;
    } else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else field += ch;
    i++;
  }
  if (quoted) throw new CsvError(file, recordLine, 'a quoted field is not closed');
  if (field !== '' || fields.length) endRecord();
  return records;
}
