import { Band, Banding } from './scale-definition';

export function bandContains(band: Band, score: number): boolean {
  const aboveMin = band.minExclusive ? score > band.min : score >= band.min;
  const belowMax = band.maxExclusive ? score < band.max : score <= band.max;
  return aboveMin && belowMax;
}

/** The band a score falls in, or undefined when it falls in none (a schema error, never silent). */
export function findBand(banding: Banding, score: number): Band | undefined {
  return banding.bands.find((band) => bandContains(band, score));
}

