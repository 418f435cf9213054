import { BREATHING_PATTERNS, breathMomentAt, BreathPhaseKind, cycleSeconds } from './breathing-pattern';

describe('breathMomentAt', () => {
  const box = BREATHING_PATTERNS.find((p) => p.id === 'box')!;
  const slow = BREATHING_PATTERNS.find((p) => p.id === 'slow')!;

  it('knows the length of a cycle', () => {
    expect(cycleSeconds(box)).toBe(16);
    expect(cycleSeconds(slow)).toBe(10);
  });

  const cases: [string, number, BreathPhaseKind, number, number][] = [
    // [what, elapsed ms, phase, seconds left, cycle]
    ['the very start', 0, 'in', 4, 0],
    ['just before the first hold', 3999, 'in', 1, 0],
    ['the first hold', 4000, 'hold-in', 4, 0],
    ['breathing out', 9500, 'out', 3, 0],
    ['the hold after breathing out', 15000, 'hold-out', 1, 0],
    ['the second cycle', 16000, 'in', 4, 1],
  ];
  cases.forEach(([what, ms, kind, left, cycle]) =>
    it(`box breathing at ${what}`, () => {
      const moment = breathMomentAt(box, ms, 60);
      expect([moment.phase.kind, moment.secondsLeft, moment.cycle]).toEqual([kind, left, cycle]);
    }),
  );

  it('reports progress through a phase', () => {
    expect(breathMomentAt(slow, 2000, 60).progress).toBeCloseTo(0.5);
    expect(breathMomentAt(slow, 7000, 60).progress).toBeCloseTo(0.5);
  });

  it('finishes when the session time is up', () => {
    expect(breathMomentAt(slow, 59_999, 60).finished).toBeFalse();
    expect(breathMomentAt(slow, 60_000, 60).finished).toBeTrue();
  });
});
