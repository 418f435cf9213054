import { achievableScores } from './achievable-scores';
import { BRS } from './instruments/brs';
import { CBI } from './instruments/cbi';
import { WHO_5 } from './instruments/who-5';

describe('achievableScores', () => {
  it('lists every sum-times score: WHO-5 percentages are the multiples of 4', () => {
    expect(achievableScores(WHO_5, WHO_5.scales[0])).toEqual(Array.from({ length: 26 }, (_, i) => i * 4));
  });

  it('lists every mean of six 1–5 items', () => {
    const scores = achievableScores(BRS, BRS.scales[0]);
    expect(scores.length).toBe(25);
    expect(scores[0]).toBe(1);
    expect(scores).toContain(26 / 6);
  });

  it('includes means over fewer items where the scale allows it', () => {
    const personal = CBI.scales.find((s) => s.id === 'personal');
    const scores = personal ? achievableScores(CBI, personal) : [];
    expect(scores).toContain(175 / 3);
    expect(scores).toContain(87.5);
    expect(scores[scores.length - 1]).toBe(100);
  });
});
