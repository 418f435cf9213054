import { textSegments } from './text-segments';

describe('textSegments', () => {
  const cases: [string, string, { start: number; end: number }[], [string, boolean][]][] = [
    ['no match', 'quiet night', [], [['quiet night', false]]],
    ['one match in the middle', 'a quiet night', [{ start: 2, end: 7 }], [['a ', false], ['quiet', true], [' night', false]]],
    ['matches at both ends', 'tea and tea', [{ start: 8, end: 11 }, { start: 0, end: 3 }], [['tea', true], [' and ', false], ['tea', true]]],
    ['overlapping ranges', 'exhausted', [{ start: 0, end: 5 }, { start: 3, end: 9 }], [['exhau', true], ['sted', true]]],
    ['a range past the end', 'tired', [{ start: 2, end: 40 }], [['ti', false], ['red', true]]],
    ['empty text', '', [], [['', false]]],
  ];
  for (const [name, text, ranges, expected] of cases) {
    it(name, () => {
      expect(textSegments(text, ranges).map((s) => [s.text, s.match])).toEqual(expected);
    });
  }

  it('never alters the text: the pieces join back to it', () => {
    const text = '<b>not html</b> & “quotes”';
    expect(textSegments(text, [{ start: 3, end: 6 }]).map((s) => s.text).join('')).toBe(text);
  });
});
