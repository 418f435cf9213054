import { checkInDayProblem, EARLIEST_CHECK_IN_DAY } from './check-in-day-rule';

describe('checkInDayProblem', () => {
  const today = '2026-03-12';
  const days: [string, ReturnType<typeof checkInDayProblem>][] = [
    ['2026-03-12', null],
    ['2026-03-11', null],
    ['2024-02-29', null],
    [EARLIEST_CHECK_IN_DAY, null],
    ['2026-03-13', 'future'],
    ['2099-12-31', 'future'],
    ['9999-12-31', 'future'],
    ['1999-12-31', 'too-early'],
    ['1900-01-01', 'too-early'],
    ['0000-01-01', 'too-early'],
    ['2026-02-30', 'not-a-day'],
    ['2026-3-1', 'not-a-day'],
    ['+02026-03-01', 'not-a-day'],
    ['', 'not-a-day'],
  ];
  for (const [day, problem] of days) {
    it(`finds ${problem ?? 'nothing wrong'} with ${JSON.stringify(day)} when today is ${today}`, () => {
      expect(checkInDayProblem(day, today)).toBe(problem);
    });
  }

  it('starts in the year 2000', () => {
    expect(EARLIEST_CHECK_IN_DAY).toBe('2000-01-01');
  });
});
