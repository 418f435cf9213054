import { correlationStrength } from './correlation-strength';

describe('correlationStrength', () => {
  it('bands |ρ| with lower bounds inclusive', () => {
    const cases: [number, string][] = [
      [0, 'none'], [0.09, 'none'], [-0.09, 'none'],
      [0.1, 'weak'], [-0.29, 'weak'],
      [0.3, 'moderate'], [0.49, 'moderate'],
      [0.5, 'strong'], [-1, 'strong'],
    ];
    for (const [rho, strength] of cases) expect(correlationStrength(rho)).withContext(String(rho)).toBe(strength);
  });
});
