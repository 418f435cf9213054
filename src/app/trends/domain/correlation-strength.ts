export type CorrelationStrength = 'none' | 'weak' | 'moderate' | 'strong';

/**
 * Words for |ρ|: below 0.1 no clear pattern, below 0.3 weak, below 0.5 moderate, else strong.
 * Give it the rounded ρ people will read, so "ρ = 0.10" is never called "no clear pattern".
 */
export function correlationStrength(rho: number): CorrelationStrength {
  const size = Math.abs(rho);
  if (size < 0.1) return 'none';
  if (size < 0.3) return 'weak';
  if (size < 0.5) return 'moderate';
  return 'strong';
}
