import { auditCsv, BOM, csvCell } from '../../../src/server/audit/csv.js';
import { toEntry, type AuditRow } from '../../../src/server/audit/store.js';
import { parseCsv } from './csv-parse.js';
import { generationRow } from './helpers.js';

async function text(gen: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const part of gen) out += part;
  return out;
}

async function* entries(...rows: ReturnType<typeof generationRow>[]) {
  for (const row of rows) yield toEntry(row as AuditRow);
}

describe('audit CSV', () => {
  it('quotes cells with commas, quotes and line breaks the RFC 4180 way', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(parseCsv(`${csvCell(evil)}\r\n`)[0]![0]).toBe(`'${evil}`);
    }
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('starts with a byte-order mark and a header row, then one CRLF row per entry', async () => {
    const csv = await text(
      auditCsv(
        entries(
          generationRow({ user_name: '张三, 办公室', template_id: '周报' }),
          generationRow({ user_name: '=cmd|"/c calc"!A1', kind: 'revision', template_id: null, action: 'polish' }),
        ),
      ),
    );
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, first, second, ...rest] = parseCsv(csv.slice(BOM.length));
    expect(rest).toEqual([]);
    const col = (name: string) => header!.indexOf(name);
    expect(header).toEqual(expect.arrayContaining(['time', 'user_name', 'template', 'tokens_in', 'outcome', 'generation_id']));
    expect(first![col('user_name')]).toBe('张三, 办公室');
    expect(first![col('template')]).toBe('周报');
    expect(first![col('tokens_in')]).toBe('100');
    expect(second![col('user_name')]).toBe(`'=cmd|"/c calc"!A1`);
    expect(second![col('template')]).toBe('');
    expect(second![col('action')]).toBe('polish');
  });
});
