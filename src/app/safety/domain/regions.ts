import { RegionCode } from '../../shared/region';

export { DEFAULT_REGION, isRegionCode, REGION_CODES } from '../../shared/region';
export type { RegionCode } from '../../shared/region';

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

