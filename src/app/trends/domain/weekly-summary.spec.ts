import { addDays, CheckIn, FIRST_READ_DAYS } from '../../check-in/domain';
import { aCheckIn } from './check-in-fixture';
import { indexCheckIns } from './check-in-index';
import { compareMeans, weeklySummary } from './weekly-summary';

function on(days: string[], overrides: (i: number) => Partial<CheckIn>): CheckIn[] {
  return days.map((day, i) => aCheckIn(day, overrides(i)));
}

// Friday 13 March 2026: this week is Mon 9 – Fri 13 March; the previous four weeks 9 Feb – 8 Mar.
const TODAY = '2026-03-13';
const PREVIOUS_TEN = ['02-09', '02-11', '02-14', '02-17', '02-20', '02-23', '02-26', '03-01', '03-04', '03-08'].map(
  (d) => `2026-${d}`,
);

describe('weeklySummary', () => {
  it("needs no day older than Today's first read, whatever the weekday, a day either side", () => {
    // The first read starts FIRST_READ_DAYS before the calendar day, which can be today or the day
    // after it (before the day-start hour).
    for (let offset = 0; offset < 7; offset++) {
      const today = addDays(TODAY, offset);
      const summary = weeklySummary(indexCheckIns([]), 'mood', today);
      expect(summary.previous.window.start >= addDays(today, 1 - FIRST_READ_DAYS)).withContext(today).toBeTrue();
    }
  });

  it('compares this week with the previous four weeks', () => {
    const checkIns = [
      aCheckIn('2026-02-08', { mood: 1 }), // five weeks back: ignored
      // Previous: nine 3s and a 4 = 31 / 10 = 3.1.
      ...on(PREVIOUS_TEN, (i) => ({ mood: i === 9 ? 4 : 3 })),
      // This week {3, 4, 3, 4, 3} = 17 / 5 = 3.4; 3.4 − 3.1 = 0.3, at least 0.25 and under 0.5: a little higher.
      ...on(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'], (i) => ({ mood: i % 2 ? 4 : 3 })),
    ];
    const summary = weeklySummary(indexCheckIns(checkIns), 'mood', TODAY);
    expect(summary.thisWeek).toEqual({ window: { start: '2026-03-09', end: TODAY }, n: 5, mean: 3.4 });
    expect(summary.previous).toEqual({ window: { start: '2026-02-09', end: '2026-03-08' }, n: 10, mean: 3.1 });
    expect(summary.comparison).toBe('a little higher');
    expect(summary.sentence).toBe('Mood this week: Okay (3.4 of 5), average of 5 check-ins, a little higher than the previous four weeks: Okay (3.1 of 5).');
  });

  it('words units, and counts Sunday in the week', () => {
    const checkIns = [
      ...on(PREVIOUS_TEN.slice(0, 8), () => ({ sleepHours: 7 })),
      // Sun 15 March still belongs to the week of 9 March. {6, 6.5, 7} = 19.5 / 3 = 6.5; 6.5 − 7 = −0.5:
      // not under sleep's half hour, under twice it: a little lower.
      ...on(['2026-03-09', '2026-03-12', '2026-03-15'], (i) => ({ sleepHours: 6 + 0.5 * i })),
    ];
    expect(weeklySummary(indexCheckIns(checkIns), 'sleepHours', '2026-03-15').sentence).toBe(
      'Sleep this week: 6.5 hours, average of 3 check-ins, a little lower than the previous four weeks: 7 hours.',
    );
  });

  it('is honest when there is little or nothing to compare', () => {
    expect(weeklySummary(indexCheckIns([]), 'mood', TODAY).sentence).toBe(
      'No mood check-ins this week or in the previous four weeks.',
    );
    // Previous {2, 3, 4} = 3.
    const previousOnly = on(PREVIOUS_TEN.slice(0, 3), (i) => ({ mood: i === 0 ? 2 : i === 1 ? 3 : 4 }));
    expect(weeklySummary(indexCheckIns(previousOnly), 'mood', '2026-03-09').sentence).toBe(
      'No mood check-ins yet this week. Over the previous four weeks: Okay (3 of 5), average of 3 check-ins.',
    );
    const oneThisWeek = [...on(PREVIOUS_TEN, () => ({})), aCheckIn('2026-03-10', { mood: 4 })];
    expect(weeklySummary(indexCheckIns(oneThisWeek), 'mood', TODAY).sentence).toBe(
      'Mood this week so far: Good (4 of 5), from 1 check-in, too few to compare with the previous four weeks.',
    );
    // This week {4, 5} = 4.5 against only six earlier check-ins.
    const thinBaseline = [
      ...on(PREVIOUS_TEN.slice(0, 6), () => ({})),
      ...on(['2026-03-09', '2026-03-10'], (i) => ({ mood: i ? 5 : 4 })),
    ];
    const summary = weeklySummary(indexCheckIns(thinBaseline), 'mood', TODAY);
    expect(summary.comparison).toBeNull();
    expect(summary.sentence).toBe(
      'Mood this week: Great (4.5 of 5), average of 2 check-ins. The previous four weeks have too few check-ins (6) to compare.',
    );
  });

  it('names a rating by its label, never as a bare number', () => {
    // {2, 2, 3} = 2.3: nearest to 2, "Low".
    const lowWeek = on(['2026-03-09', '2026-03-10', '2026-03-11'], (i) => ({ mood: i === 2 ? 3 : 2, stress: 4 }));
    expect(weeklySummary(indexCheckIns(lowWeek), 'mood', TODAY).sentence).toMatch(/^Mood this week: Low \(2\.3 of 5\), average of 3 check-ins\./);
    expect(weeklySummary(indexCheckIns(lowWeek), 'stress', TODAY).sentence).toMatch(/^Stress this week: High \(4 of 5\), average of 3 check-ins\./);
  });
});

describe('compareMeans', () => {
  it('bands the difference of the displayed means by the metric’s similarWithin', () => {
    const cases: [number, number, string][] = [
      [3.4, 3.1, 'a little higher'], // +0.3
      [3.1, 3.3, 'about the same'], //  −0.2 < 0.25
      [3.0, 3.5, 'lower'], //           −0.5 = 2 × 0.25
      [4.1, 3.1, 'higher'], //          +1
    ];
    for (const [current, baseline, words] of cases) {
      expect(compareMeans(current, baseline, 0.25)).withContext(`${current} vs ${baseline}`).toBe(words);
    }
  });
});
