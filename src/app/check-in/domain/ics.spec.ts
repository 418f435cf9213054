import { escapeIcsText, foldIcsLine, icsDocument, icsUtcDateTime } from './ics';

const octets = (s: string): number => new TextEncoder().encode(s).length;
const unfold = (s: string): string => s.replace(/\r\n /g, '');

describe('ics', () => {
  const escapes: [string, string][] = [
    ['plain words', 'plain words'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\r\nlines\nand\rmore', 'two\\nlines\\nand\\nmore'],
    ['tab\tkept, bell\u0007 dropped', 'tab\tkept\\, bell dropped'],
  ];
  for (const [value, escaped] of escapes) {
    it(`escapes ${JSON.stringify(value)}`, () => {
      expect(escapeIcsText(value)).toBe(escaped);
    });
  }

  it('leaves a line of 75 octets whole', () => {
    const line = 'X'.repeat(75);
    expect(foldIcsLine(line)).toBe(line);
  });

  it('folds longer lines at 75 octets, continuation space included', () => {
    const folded = foldIcsLine('DESCRIPTION:' + 'a'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines.length).toBe(3);
    expect(lines.map(octets)).toEqual([75, 75, 212 - 75 - 74 + 1]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBeTrue();
    expect(unfold(folded)).toBe('DESCRIPTION:' + 'a'.repeat(200));
  });

  it('never splits a multi-byte character', () => {
    const line = 'SUMMARY:' + 'é🌿夜'.repeat(30);
    const folded = foldIcsLine(line);
    const lines = folded.split('\r\n');
    for (const l of lines) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toContain('\uFFFD');
    }
    // Full lines: no room was left for the next character (at most 4 octets).
    for (const l of lines.slice(0, -1)) expect(octets(l)).toBeGreaterThan(75 - 4);
    expect(unfold(folded)).toBe(line);
  });

  it('ends every line with CRLF', () => {
    expect(icsDocument(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('writes UTC date-times in the basic format', () => {
    expect(icsUtcDateTime(new Date('2026-03-08T07:15:09.123Z'))).toBe('20260308T071509Z');
  });
});
