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

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
/** How much text is read between two progress reports. */
const PROGRESS_STEP = 256 * 1024;

/**
 * Reads `input` into rows of fields. Fields are cut out of the text with `slice`, not built a
 * character at a time, so a file of tens of megabytes reads in a fraction of a second.
 * `onProgress` hears the share of the text read so far (0–1) every few hundred kilobytes.
 */
export function parseCsv(input: string, onProgress?: (fraction: number) => void): CsvParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let line = 1;
  let i = 0;
  let nextReport = PROGRESS_STEP;
  const fail = (error: string): CsvParseResult => ({ ok: false, line, error: `Line ${line}: ${error}`, endsEarly: false });

  while (i < text.length) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      const openedOn = line;
      let start = i + 1;
      field = '';
      for (;;) {
        const close = text.indexOf('"', start);
        if (close < 0) {
          return { ok: false, line: openedOn, error: `Line ${openedOn}: a quoted field is never closed.`, endsEarly: true };
        }
        line += lineFeedsBetween(text, start, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          field += text.slice(start, close + 1);
          start = close + 2;
        } else {
          field += text.slice(start, close);
          i = close + 1;
          break;
        }
      }
      if (i < text.length && !isSeparator(text, i)) {
        return fail('a closing quote must be followed by a comma or the end of the line.');
      }
    } else {
      const start = i;
      while (i < text.length && !isSeparator(text, i)) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) return fail('a quote inside a field that does not start with a quote.');
        if (c === CR) return fail('a carriage return outside quotes.');
        i++;
      }
      field = text.slice(start, i);
    }
    row.push(field);
    if (text.charCodeAt(i) === 0x2c) {
      i++;
      if (i === text.length) row.push('');
    } else {
      i += text.charCodeAt(i) === CR ? 2 : 1;
      rows.push(row);
      row = [];
      line++;
      if (onProgress && i >= nextReport) {
        onProgress(i / text.length);
        nextReport = i + PROGRESS_STEP;
      }
    }
  }
  if (row.length > 0) rows.push(row);
  return { ok: true, rows };
}

function lineFeedsBetween(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', start); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function isSeparator(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2c || c === LF || (c === CR && text.charCodeAt(i + 1) === LF);
}
