import { compare, Comparison, holds } from './condition';

describe('condition', () => {
  const table: [number, Comparison, number, boolean][] = [
    [1, '>=', 1, true], [0, '>=', 1, false], [2, '>', 1, true], [1, '>', 1, false],
    [50, '<=', 50, true], [51, '<=', 50, false], [2, '<', 3, true], [3, '<', 3, false],
    [0, '==', 0, true], [1, '==', 0, false],
  ];
  for (const [actual, is, threshold, expected] of table) {
    it(`${actual} ${is} ${threshold} is ${expected}`, () => expect(compare(actual, is, threshold)).toBe(expected));
  }

  it('tests items by raw value and scales by score', () => {
    const items = (id: string) => (id === 'q9' ? 2 : undefined);
    const scales = (id: string) => (id === 'total' ? 12 : null);
    expect(holds({ item: 'q9', is: '>=', value: 1 }, items, scales)).toBeTrue();
    expect(holds({ scale: 'total', is: '<=', value: 10 }, items, scales)).toBeFalse();
  });

  it('never holds for an unanswered item or an unscored scale', () => {
    expect(holds({ item: 'q1', is: '<=', value: 3 }, () => undefined, () => null)).toBeFalse();
    expect(holds({ scale: 'total', is: '<=', value: 100 }, () => undefined, () => null)).toBeFalse();
  });
});
