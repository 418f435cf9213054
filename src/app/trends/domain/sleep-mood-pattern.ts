import { CheckIn } from '../../check-in/domain';
import { CorrelationStrength, correlationStrength } from './correlation-strength';
import { formatCorrelation, roundForDisplay } from './display-number';
import { parseDay } from '../../shared/time/calendar-day';
import { spearman } from './spearman';
import { DayWindow, isInWindow } from './trend-range';

/** Below this many paired days a correlation is mostly noise, so none is computed. */
export const MIN_PAIRED_DAYS = 14;

export type SleepMoodPattern =
  | { status: 'too-few'; n: number; reading: string }
  | { status: 'no-variation'; n: number; reading: string }
  | { status: 'pattern'; n: number; rho: number; strength: CorrelationStrength; reading: string };

const NOT_A_CAUSE = 'This shows a pattern, not a cause.';

/**
 * Sleep hours recorded on day D against the mood recorded on day D + 1, both days in the window
 * when one is given. Spearman's ρ because ratings are ordinal and sleep need not act linearly.
 * ρ is rounded to two decimals before it is banded and worded, so words and number agree.
 */
export function sleepMoodPattern(checkIns: readonly CheckIn[], window?: DayWindow): SleepMoodPattern {
  const moodByDay = new Map<number, number>();
  const sleepByDay = new Map<number, number>();
  for (const checkIn of checkIns) {
    const day = parseDay(checkIn.day);
    if (day === null || (window && !isInWindow(checkIn.day, window))) continue;
    if (typeof checkIn.mood === 'number') moodByDay.set(day, checkIn.mood);
    if (typeof checkIn.sleepHours === 'number') sleepByDay.set(day, checkIn.sleepHours);
  }
  const sleep: number[] = [];
  const nextMood: number[] = [];
  for (const [day, hours] of [...sleepByDay].sort(([a], [b]) => a - b)) {
    const mood = moodByDay.get(day + 1);
    if (mood === undefined) continue;
    sleep.push(hours);
    nextMood.push(mood);
  }
  const n = sleep.length;
  if (n < MIN_PAIRED_DAYS) {
    return {
      status: 'too-few',
      n,
      reading:
        `Looking for a pattern between sleep and next-day mood needs ${MIN_PAIRED_DAYS} pairs of ` +
        `check-ins on consecutive days; so far there ${n === 1 ? 'is 1' : `are ${n}`}.`,
    };
  }
  const rho = spearman(sleep, nextMood);
  if (rho === null) {
    return {
      status: 'no-variation',
      n,
      reading: `Over these ${n} days your sleep or your next-day mood did not change, so there is no pattern to show.`,
    };
  }
  const shown = roundForDisplay(rho, 2);
  const strength = correlationStrength(shown);
  const numbers = `ρ = ${formatCorrelation(shown)}, ${n} days`;
  const reading =
    strength === 'none'
      ? `There is no clear pattern between how long you slept and your next-day mood (${numbers}).`
      : `On nights you slept more, your next-day mood tended to be ${shown > 0 ? 'higher' : 'lower'} ` +
        `(${strength} pattern, ${numbers}). ${NOT_A_CAUSE}`;
  return { status: 'pattern', n, rho: shown, strength, reading };
}
