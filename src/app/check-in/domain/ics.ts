/**
 * The small part of iCalendar (RFC 5545) Tend writes: escaping of TEXT values and content lines
 * folded at 75 octets, joined with CRLF.
 */
const MAX_LINE_OCTETS = 75;

/** Escapes a TEXT value; control characters other than line breaks and tabs are dropped. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

/** Folds one content line, never splitting a UTF-8 character between lines. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    // Continuation lines begin with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function icsDocument(lines: readonly string[]): string {
  return lines.map((line) => foldIcsLine(line) + '\r\n').join('');
}

/** A UTC DATE-TIME value, such as DTSTAMP: 20260308T071500Z. */
export function icsUtcDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * The UTF-8 length of one code point. Worked out rather than asked of a module-level TextEncoder,
 * whose construction is a side effect the bundler keeps: it brought this file to the first screen.
 */
function utf8Octets(char: string): number {
  const codePoint = char.codePointAt(0)!;
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
