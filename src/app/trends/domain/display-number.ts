/**
 * The one place numbers are rounded for people to read. Charts, tables and sentences all take
 * their numbers from here, so a chart's tooltip, its table row and its summary never disagree.
 */

/** What a table cell shows when there is no value (a day without a check-in). */
export const NO_VALUE = '—';

/** Rounds half away from zero, so 2.25 → 2.3 and −2.25 → −2.3 (Math.round would give −2.2). */
export function roundForDisplay(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  // The epsilon absorbs binary noise such as 1.005 being stored as 1.00499999….
  const rounded = Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor;
  return value < 0 ? -rounded : rounded;
}

/** "3.4", "3" (whole numbers drop the .0), or {@link NO_VALUE} for `null`. */
export function formatForDisplay(value: number | null, decimals = 1): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return String(roundForDisplay(value, decimals));
}

/** A correlation coefficient with two decimals kept, e.g. "0.40", "−0.05". */
export function formatCorrelation(rho: number): string {
  const text = roundForDisplay(rho, 2).toFixed(2);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}
