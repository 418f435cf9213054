import { averageRanks, pearson, spearman } from './spearman';

describe('averageRanks', () => {
  it('gives tied values the mean of their ranks', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    // 3s take ranks 2, 3, 4 → 3 each.
    expect(averageRanks([5, 3, 1, 3, 3])).toEqual([5, 3, 1, 3, 3]);
    expect(averageRanks([])).toEqual([]);
  });
});

describe('spearman', () => {
  it('matches 1 − 6Σd² / n(n² − 1) without ties', () => {
    // x ranks 1…5, y ranks [3, 1, 4, 5, 2]: d = [−2, 1, −1, −1, 3], Σd² = 16.
    // ρ = 1 − 6 × 16 / (5 × 24) = 1 − 96 / 120 = 0.2
    expect(spearman([10, 20, 30, 40, 50], [3, 1, 4, 5, 2])).toBeCloseTo(0.2, 12);
  });

  it('uses Pearson on average ranks with ties', () => {
    // x = [1, 2, 2, 3, 4] → ranks [1, 2.5, 2.5, 4, 5]; y = [2, 1, 3, 3, 5] → ranks [2, 1, 3.5, 3.5, 5].
    // Both rank means are 3. dx = [−2, −0.5, −0.5, 1, 2], dy = [−1, −2, 0.5, 0.5, 2].
    // Σdx·dy = 2 + 1 − 0.25 + 0.5 + 4 = 7.25; Σdx² = Σdy² = 4 + 0.25 + 0.25 + 1 + 4 = 9.5.
    // ρ = 7.25 / √(9.5 × 9.5) = 29 / 38 = 0.763…
    expect(spearman([1, 2, 2, 3, 4], [2, 1, 3, 3, 5])).toBeCloseTo(29 / 38, 12);
  });

  it('is ±1 for any monotonic relation and undefined without variation', () => {
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 16])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [16, 9, 4, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3], [4, 4, 4])).toBeNull();
    expect(spearman([1], [2])).toBeNull();
  });
});

describe('pearson', () => {
  it('correlates raw values', () => {
    // x = [1, 2, 3], y = [2, 4, 7]: means 2 and 13 / 3. dx = [−1, 0, 1], dy = [−7/3, −1/3, 8/3].
    // Σdx·dy = 7/3 + 8/3 = 5; Σdx² = 2; Σdy² = (49 + 1 + 64) / 9 = 114 / 9. r = 5 / √(228 / 9) = 15 / √228.
    expect(pearson([1, 2, 3], [2, 4, 7])!).toBeCloseTo(15 / Math.sqrt(228), 12);
  });
});
