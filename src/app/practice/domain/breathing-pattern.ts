export type BreathPhaseKind = 'in' | 'hold-in' | 'out' | 'hold-out';

export interface BreathPhase {
  kind: BreathPhaseKind;
  seconds: number;
}

export interface BreathingPattern {
  id: string;
  name: string;
  description: string;
  phases: readonly BreathPhase[];
}

export const BREATHING_PATTERNS: readonly BreathingPattern[] = [
  {
    id: 'box',
    name: $localize`:@@breathe.box:Box breathing`,
    description: $localize`:@@breathe.boxDescription:In for 4, hold for 4, out for 4, hold for 4.`,
    phases: [
      { kind: 'in', seconds: 4 },
      { kind: 'hold-in', seconds: 4 },
      { kind: 'out', seconds: 4 },
      { kind: 'hold-out', seconds: 4 },
    ],
  },
  {
    id: 'slow',
    name: $localize`:@@breathe.slow:Slow breathing`,
    description: $localize`:@@breathe.slowDescription:In for 4, out for 6: about six breaths a minute.`,
    phases: [
      { kind: 'in', seconds: 4 },
      { kind: 'out', seconds: 6 },
    ],
  },
];

export function cycleSeconds(pattern: BreathingPattern): number {
  return pattern.phases.reduce((sum, phase) => sum + phase.seconds, 0);
}

export interface BreathMoment {
  phase: BreathPhase;
  /** Whole seconds left in this phase, counting down to 1. */
  secondsLeft: number;
  /** 0 at the start of the phase, 1 at its end. */
  progress: number;
  cycle: number;
  finished: boolean;
}

/** Where a paced breathing session is after `elapsedMs`, for a session of `totalSeconds`. */
export function breathMomentAt(pattern: BreathingPattern, elapsedMs: number, totalSeconds: number): BreathMoment {
  const cycleMs = cycleSeconds(pattern) * 1000;
  const clamped = Math.max(0, Math.min(elapsedMs, totalSeconds * 1000));
  const finished = elapsedMs >= totalSeconds * 1000;
  const cycle = Math.floor(clamped / cycleMs);
  let intoCycle = clamped - cycle * cycleMs;
  for (const phase of pattern.phases) {
    const phaseMs = phase.seconds * 1000;
    if (intoCycle < phaseMs || phase === pattern.phases[pattern.phases.length - 1]) {
      const within = Math.min(intoCycle, phaseMs);
      return {
        phase,
        secondsLeft: Math.max(1, Math.ceil((phaseMs - within) / 1000)),
        progress: within / phaseMs,
        cycle,
        finished,
      };
    }
    intoCycle -= phaseMs;
  }
  throw new Error('A breathing pattern needs at least one phase');
}
