import { aCheckIn } from './check-in-fixture';
import { checkInOn, indexCheckIns } from './check-in-index';
import { toEpochDay } from '../../shared/time/calendar-day';

describe('indexCheckIns', () => {
  it('lays check-ins out by day, whatever order they arrive in', () => {
    const index = indexCheckIns([aCheckIn('2026-01-03', { mood: 5 }), aCheckIn('2025-12-31', { mood: 1 })]);
    expect(index.firstDay).toBe('2025-12-31');
    expect(index.lastDay).toBe('2026-01-03');
    // 31 Dec, 1, 2, 3 Jan: four slots, two filled.
    expect(index.byOffset.length).toBe(4);
    expect(checkInOn(index, toEpochDay('2026-01-03'))?.mood).toBe(5);
    expect(checkInOn(index, toEpochDay('2026-01-01'))).toBeUndefined();
    expect(checkInOn(index, toEpochDay('2025-01-01'))).toBeUndefined();
  });

  it('skips records with a malformed day and keeps the latest edit of a duplicated day', () => {
    const index = indexCheckIns([
      aCheckIn('2026-02-30'),
      aCheckIn('2026-01-05', { mood: 2, updatedAt: '2026-01-05T21:00:00.000Z' }),
      aCheckIn('2026-01-05', { mood: 4, updatedAt: '2026-01-05T22:00:00.000Z' }),
      aCheckIn('2026-01-05', { mood: 1, updatedAt: '2026-01-05T20:00:00.000Z' }),
    ]);
    expect(index.skipped).toBe(1);
    expect(checkInOn(index, toEpochDay('2026-01-05'))?.mood).toBe(4);
  });

  it('is empty without check-ins', () => {
    const index = indexCheckIns([]);
    expect(index.firstDay).toBeNull();
    expect(checkInOn(index, 0)).toBeUndefined();
  });
});
