/** Regions Tend carries crisis resources for; `us` is the default. */
export const REGION_CODES = ['us', 'ca', 'es', 'mx', 'uk', 'ie', 'au'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export const DEFAULT_REGION: RegionCode = 'us';

export interface Region {
  code: RegionCode;
  /** The region's name in the user's language. */
  name: string;
}

export const REGIONS: readonly Region[] = [
  { code: 'us', name: $localize`:Region name@@safety.region.us:United States` },
  { code: 'ca', name: $localize`:Region name@@safety.region.ca:Canada` },
  { code: 'es', name: $localize`:Region name@@safety.region.es:Spain` },
  { code: 'mx', name: $localize`:Region name@@safety.region.mx:Mexico` },
  { code: 'uk', name: $localize`:Region name@@safety.region.uk:United Kingdom` },
  { code: 'ie', name: $localize`:Region name@@safety.region.ie:Ireland` },
  { code: 'au', name: $localize`:Region name@@safety.region.au:Australia` },
];

/** Narrows a stored or user-supplied value (settings, a URL) to a region Tend knows. */
export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === 'string' && (REGION_CODES as readonly string[]).includes(value);
}
