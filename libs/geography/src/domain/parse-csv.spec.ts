import { CsvError, parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and numbers rows by their first line', () => {
    const text = 'code,name,notes\nA,"Ministry of Labour, Social Security","says ""hi""\nand more"\nB,plain,\n';
    expect(parseCsv('x.csv', text)).toEqual([
      { line: 2, values: { code: 'A', name: 'Ministry of Labour, Social Security', notes: 'says "hi"\nand more' } },
      { line: 4, values: { code: 'B', name: 'plain', notes: '' } },
    ]);
  });

  it('accepts CRLF, a byte-order mark and a missing final line break; a header alone has no rows', () => {
    expect(parseCsv('x.csv', '\uFEFFa,b\r\n1,2')).toEqual([{ line: 2, values: { a: '1', b: '2' } }]);
    expect(parseCsv('x.csv', 'a,b\n')).toEqual([]);
  });

  it('refuses a row with the wrong number of fields, naming the file and line', () => {
    expect(() => parseCsv('units.csv', 'a,b\n1,2\n3\n')).toThrow(new CsvError('units.csv', 3, 'expected 2 fields (a,b), found 1'));
  });

  it('refuses an unclosed quote and an empty file', () => {
    expect(() => parseCsv('x.csv', 'a\n"open\n')).toThrow(/line 2: a quoted field is not closed/);
    expect(() => parseCsv('x.csv', '')).toThrow(/empty/);
  });
});
