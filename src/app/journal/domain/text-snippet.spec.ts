import { matchRanges } from './search-text';
import { textSnippet } from './text-snippet';

describe('textSnippet', () => {
  it('returns a short text whole, with its matches', () => {
    const text = 'Quiet night.\nSlept on the break.';
    const snippet = textSnippet(text, matchRanges(text, ['slept']));
    expect(snippet).toEqual({
      text: 'Quiet night. Slept on the break.',
      matches: [{ start: 13, end: 18 }],
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it('centres a long text on the first match and cuts at spaces', () => {
    const text = 'filler '.repeat(1000) + 'the sepsis bundle was on time ' + 'after '.repeat(1000);
    const snippet = textSnippet(text, matchRanges(text, ['sepsis']));
    expect(snippet.clippedStart).toBeTrue();
    expect(snippet.clippedEnd).toBeTrue();
    expect(snippet.text.length).toBeLessThanOrEqual(160);
    expect(snippet.text).toMatch(/^filler .* the sepsis bundle was on time .*after$/);
    const [match] = snippet.matches;
    expect(snippet.text.slice(match.start, match.end)).toBe('sepsis');
  });

  it('keeps later matches that fit and drops those that do not', () => {
    const text = 'rest. ' + 'x '.repeat(40) + 'rest again ' + 'y '.repeat(200) + 'rest';
    const snippet = textSnippet(text, matchRanges(text, ['rest']));
    expect(snippet.matches.map((m) => snippet.text.slice(m.start, m.end))).toEqual(['rest', 'rest']);
  });

  it('shows the start of the text when nothing matched, and a match near the end in full', () => {
    const text = 'word '.repeat(100) + 'finally';
    expect(textSnippet(text, []).text.startsWith('word word')).toBeTrue();
    const end = textSnippet(text, matchRanges(text, ['finally']));
    expect(end.clippedEnd).toBeFalse();
    expect(end.text.endsWith('finally')).toBeTrue();
    expect(end.text.length).toBeLessThanOrEqual(160);
  });

  it('never splits an emoji when there is no space to cut at', () => {
    const text = '🌿'.repeat(300) + 'x' + '🌿'.repeat(300);
    const snippet = textSnippet(text, [{ start: 600, end: 601 }]);
    expect(snippet.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(snippet.text.slice(snippet.matches[0].start, snippet.matches[0].end)).toBe('x');
  });
});
