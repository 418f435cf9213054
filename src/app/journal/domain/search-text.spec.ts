import { matchRanges, normalizeTerm, tokenize, tokensWithOffsets } from './search-text';

describe('search text', () => {
  it('splits on spaces and punctuation, keeping letters from any script and digits', () => {
    expect(tokenize("Night #3: didn't sleep—café, 夜勤, 12h.")).toEqual(['Night', '3', 'didn', 't', 'sleep', 'café', '夜勤', '12h']);
    expect(tokenize(' ,.; ')).toEqual([]);
  });

  it('normalizes case and accents', () => {
    expect(['Café', 'NIÑO', 'Ärger', 'résumé'].map(normalizeTerm)).toEqual(['cafe', 'nino', 'arger', 'resume']);
  });

  it('gives offsets that slice back to the original word', () => {
    const text = 'Ça va?\n🌿 Très bien';
    const tokens = tokensWithOffsets(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Ça', 'va', 'Très', 'bien']);
    expect(tokens.map((t) => t.term)).toEqual(['ca', 'va', 'tres', 'bien']);
  });

  it('finds every occurrence of the matched terms', () => {
    expect(matchRanges('Tired. So tired, TIRED!', ['tired'])).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 15 },
      { start: 17, end: 22 },
    ]);
    expect(matchRanges('anything', [])).toEqual([]);
  });
});
