import { compareCodeUnits } from './compare';

describe('compareCodeUnits', () => {
  it('orders ISO dates and instants chronologically', () => {
    const sorted = ['2026-03-10', '2025-12-31', '2026-03-09T23:59:59.999Z', '2026-03-09'].sort(compareCodeUnits);
    expect(sorted).toEqual(['2025-12-31', '2026-03-09', '2026-03-09T23:59:59.999Z', '2026-03-10']);
  });

  it('returns zero for equal strings and a sign for the rest', () => {
    expect(compareCodeUnits('a', 'a')).toBe(0);
    expect(compareCodeUnits('a', 'b')).toBeLessThan(0);
    expect(compareCodeUnits('b', 'a')).toBeGreaterThan(0);
    expect(compareCodeUnits('B', 'a')).toBeLessThan(0);
  });
});
