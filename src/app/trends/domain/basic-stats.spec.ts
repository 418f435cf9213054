import { extent, mean } from './basic-stats';

describe('basic stats', () => {
  it('means and extents', () => {
    // (2 + 3 + 7) / 3 = 4
    expect(mean([2, 3, 7])).toBe(4);
    expect(mean([])).toBeNaN();
    expect(extent([3, 1, 4, 1, 5])).toEqual({ min: 1, max: 5 });
  });
});
