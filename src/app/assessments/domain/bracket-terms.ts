/**
 * Replaces each "[token]" whose token is given in `words`; tokens not given keep the owner's
 * bracketed wording, which is the published default.
 */
export function fillBracketTerms(text: string, words: Readonly<Record<string, string>>): string {
  return text.replace(/\[([^[\]]+)\]/g, (whole: string, token: string) =>
    Object.prototype.hasOwnProperty.call(words, token) ? (words[token] ?? whole) : whole,
  );
}

/**
 * ProQOL lets "[helper]" name the respondent's profession ("physician", "nurse"). A blank
 * profession leaves the published "[helper]" wording; "a [helper]" becomes "an" before a vowel.
 */
export function withProfession(text: string, profession: string | null | undefined): string {
  const word = (profession ?? '').replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim().slice(0, 60);
  if (!word) return text;
  const article = /^[aeiou]/i.test(word) ? 'n' : '';
  return fillBracketTerms(
    text.replace(/\b([Aa]) \[helper\]/g, (_: string, a: string) => `${a}${article} [helper]`),
    { helper: word },
  );
}
