import { aCheckIn } from '../domain/check-in-fixture';
import { checkInsInWindow } from './check-ins-in-window';

describe('checkInsInWindow', () => {
  const checkIns = ['2026-01-01', '2026-01-05', '2026-01-06', '2026-02-01', '2026-03-31'].map((day) => aCheckIn(day));
  const days = (window: { start: string; end: string }) => checkInsInWindow(checkIns, window).map((c) => c.day);

  it('keeps both ends of the window', () => {
    expect(days({ start: '2026-01-05', end: '2026-02-01' })).toEqual(['2026-01-05', '2026-01-06', '2026-02-01']);
  });

  it('finds days between check-ins, and nothing outside them', () => {
    expect(days({ start: '2026-01-02', end: '2026-01-31' })).toEqual(['2026-01-05', '2026-01-06']);
    expect(days({ start: '2025-01-01', end: '2025-12-31' })).toEqual([]);
    expect(days({ start: '2026-04-01', end: '2026-04-30' })).toEqual([]);
    expect(days({ start: '2020-01-01', end: '2030-01-01' }).length).toBe(5);
  });

  it('is empty for no check-ins', () => {
    expect(checkInsInWindow([], { start: '2026-01-01', end: '2026-01-31' })).toEqual([]);
  });
});
