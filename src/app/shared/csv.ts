/**
 * RFC 4180 CSV, shared by every export and import. Writing follows the RFC exactly: CRLF after
 * every record, fields with a comma, quote, CR or LF quoted, quotes doubled. Reading is strict
 * about quotes but also accepts bare LF line ends and a leading byte-order mark, which phone apps
 * and spreadsheets commonly write.
 *
 * Every export writes through `toCsv`, which neutralises formulas (OWASP CSV injection): a text
 * cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is one a spreadsheet would
 * run, so it is written with a leading `'` and quoted, and the spreadsheet shows it as text.
 * Numbers are Tend's own values, so they are written as they are (`-3` stays a number).
 */
export type CsvCell = string | number;
export type CsvRow = readonly CsvCell[];

export type CsvParseResult =
  | { ok: true; rows: string[][] }
  /** `endsEarly`: the text ends inside a quoted field (cut off), which opens on `line`. */
  | { ok: false; line: number; error: string; endsEarly: boolean };

const NEEDS_QUOTES = /[",\r\n]/;
const RUNS_AS_FORMULA = /^[=+\-@\t\r]/;

export function csvField(cell: CsvCell): string {
  if (typeof cell === 'number') return String(cell);
  if (RUNS_AS_FORMULA.test(cell)) return quoted(`'${cell}`);
  return NEEDS_QUOTES.test(cell) ? quoted(cell) : cell;
}

function quoted(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly CsvRow[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let line = 1;
  let i = 0;
  const fail = (error: string): CsvParseResult => ({ ok: false, line, error: `Line ${line}: ${error}`, endsEarly: false });

  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      const openedOn = line;
      i++;
      for (;;) {
        if (i >= text.length) {
          return { ok: false, line: openedOn, error: `Line ${openedOn}: a quoted field is never closed.`, endsEarly: true };
        }
        const c = text[i];
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          if (c === '\n') line++;
          field += c;
          i++;
        }
      }
      if (i < text.length && !isSeparator(text, i)) {
        return fail('a closing quote must be followed by a comma or the end of the line.');
      }
    } else {
      while (i < text.length && !isSeparator(text, i)) {
        if (text[i] === '"') return fail('a quote inside a field that does not start with a quote.');
        if (text[i] === '\r') return fail('a carriage return outside quotes.');
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      if (i === text.length) row.push('');
    } else {
      i += text[i] === '\r' ? 2 : 1;
      rows.push(row);
      row = [];
      line++;
    }
  }
  if (row.length > 0) rows.push(row);
  return { ok: true, rows };
}

function isSeparator(text: string, i: number): boolean {
  const c = text[i];
  return c === ',' || c === '\n' || (c === '\r' && text[i + 1] === '\n');
}
