import { bandContains, findBand } from './find-band';
import { Banding } from './scale-definition';

describe('findBand', () => {
  const continuous: Banding = {
    source: 'test',
    bands: [
      { id: 'low', label: 'Low', min: 1, max: 3, maxExclusive: true },
      { id: 'normal', label: 'Normal', min: 3, max: 4.3 },
      { id: 'high', label: 'High', min: 4.3, minExclusive: true, max: 5 },
    ],
  };
  const table: [number, string][] = [[1, 'low'], [2.99, 'low'], [3, 'normal'], [4.3, 'normal'], [4.31, 'high'], [5, 'high']];
  for (const [score, id] of table) {
    it(`puts ${score} in ${id}`, () => expect(findBand(continuous, score)?.id).toBe(id));
  }

  it('finds no band outside the range', () => {
    expect(findBand(continuous, 0.5)).toBeUndefined();
    expect(findBand(continuous, 5.5)).toBeUndefined();
  });

  it('treats bounds as inclusive unless marked exclusive', () => {
    expect(bandContains({ id: 'a', label: 'A', min: 0, max: 4 }, 4)).toBeTrue();
    expect(bandContains({ id: 'a', label: 'A', min: 0, max: 4, maxExclusive: true }, 4)).toBeFalse();
    expect(bandContains({ id: 'a', label: 'A', min: 0, minExclusive: true, max: 4 }, 0)).toBeFalse();
  });
});
