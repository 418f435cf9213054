import { CheckIn } from './check-in';
import { addDays } from '../../shared/time/calendar-day';
import { checkInDayFor } from './check-in-day';
import { FIRST_READ_DAYS, firstReadDay, recentDays, recentDaysLabel } from './recent-days';

const on = (day: string): CheckIn => ({ day, mood: 3 }) as CheckIn;

describe('recentDays', () => {
  const checkIns = [on('2026-03-01'), on('2026-03-03'), on('2026-03-07'), on('2026-02-20')];

  it('lists the last seven days up to today, oldest first, with or without a check-in', () => {
    const days = recentDays(checkIns, '2026-03-07');
    expect(days.map((d) => d.day)).toEqual([
      '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07',
    ]);
    expect(days.map((d) => d.checkIn !== null)).toEqual([true, false, true, false, false, false, true]);
    expect(days[0].checkIn).toBe(checkIns[0]);
  });

  it('can cover another number of days', () => {
    expect(recentDays(checkIns, '2026-03-03', 3).map((d) => d.day)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
  });

  it('describes the week as a plain count', () => {
    expect(recentDaysLabel(recentDays(checkIns, '2026-03-07'))).toBe('Checked in on 3 of the last 7 days');
    expect(recentDaysLabel(recentDays([], '2026-03-07'))).toBe('Checked in on 0 of the last 7 days');
  });
});

describe('firstReadDay', () => {
  it('starts two days before six weeks back from the UTC date', () => {
    expect(firstReadDay(new Date('2026-11-29T08:30:00Z'))).toBe('2026-10-16');
    expect(firstReadDay(new Date('2026-11-29T23:59:59Z'))).toBe('2026-10-16');
    expect(firstReadDay(new Date('2026-11-30T00:00:00Z'))).toBe('2026-10-17');
  });

  it('starts at least six weeks and at most six weeks and four days before the check-in day, in any zone and day-start hour', () => {
    const zones = ['Pacific/Kiritimati', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC', 'America/Chicago', 'Pacific/Pago_Pago', 'Etc/GMT+12'];
    for (let hour = 0; hour < 48; hour++) {
      const now = new Date(Date.UTC(2026, 2, 28, hour, 30));
      for (const zone of zones) {
        for (const dayStartHour of [0, 4, 12, 23]) {
          const checkInDay = checkInDayFor(now, zone, dayStartHour);
          const context = `${now.toISOString()} ${zone} ${dayStartHour}`;
          expect(firstReadDay(now) <= addDays(checkInDay, -FIRST_READ_DAYS)).withContext(context).toBeTrue();
          expect(firstReadDay(now) >= addDays(checkInDay, -FIRST_READ_DAYS - 4)).withContext(context).toBeTrue();
        }
      }
    }
  });
});
