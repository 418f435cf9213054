/**
 * How journal text is cut into words, shared by the index and the highlighter so that every
 * highlighted range is a word the index really matched. Offsets are UTF-16 indexes into the
 * original text, as String.prototype.slice expects.
 */
export interface TextRange {
  start: number;
  end: number;
}

export interface TextToken extends TextRange {
  /** The normalized form the index stores. */
  term: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const COMBINING_MARK = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower case without accents, so "cafe" finds "Café" and "niño" finds "nino". */
export function normalizeTerm(term: string): string {
  // Most words are plain ASCII, where decomposing finds nothing to strip.
  if (ASCII.test(term)) return term.toLowerCase();
  return term.normalize('NFD').replace(COMBINING_MARK, '').toLowerCase();
}

export function tokensWithOffsets(text: string): TextToken[] {
  return [...text.matchAll(WORD)].map((m) => ({
    term: normalizeTerm(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The ranges of every word in `text` whose normalized form is one of `terms`. */
export function matchRanges(text: string, terms: Iterable<string>): TextRange[] {
  const wanted = new Set(terms);
  if (wanted.size === 0) return [];
  return tokensWithOffsets(text)
    .filter((token) => wanted.has(token.term))
    .map(({ start, end }) => ({ start, end }));
}
