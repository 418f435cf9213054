/**
 * The regions Tend carries crisis resources for. A setting (settings) and the key of the crisis
 * lines (safety) both use it, so it lives here rather than in either feature.
 */
export const REGION_CODES = ['us', 'ca', 'es', 'mx', 'uk', 'ie', 'au'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export const DEFAULT_REGION: RegionCode = 'us';

/** Narrows a stored or user-supplied value (settings, a URL) to a region Tend knows. */
export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && (REGION_CODES as readonly string[]).includes(value);
}
