import { RATINGS, SHIFT_TYPES } from './check-in';
import { RATING_LABELS, RATING_SCALES, SHIFT_LABELS, ratingLabel } from './rating-labels';

describe('rating labels', () => {
  for (const scale of RATING_SCALES) {
    it(`gives ${scale} five distinct, non-empty words`, () => {
      const words = RATINGS.map((r) => RATING_LABELS[scale][r].trim());
      expect(words.every((w) => w.length > 0)).toBeTrue();
      expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(5);
    });
  }

  it('names the ends of the mood scale', () => {
    expect(ratingLabel('mood', 1)).toBe('Very low');
    expect(ratingLabel('mood', 5)).toBe('Great');
  });

  it('labels every shift type', () => {
    for (const shift of SHIFT_TYPES) {
      expect(SHIFT_LABELS[shift].trim()).not.toBe('');
    }
    expect(SHIFT_LABELS.call24).toBe('24-hour call');
  });
});
