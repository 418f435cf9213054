import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BREATHING_PATTERNS, BreathMoment, breathMomentAt, BreathPhaseKind } from '../domain/breathing-pattern';

const PHASE_WORDS: Record<BreathPhaseKind, string> = {
  in: $localize`:@@breathe.in:Breathe in`,
  'hold-in': $localize`:@@breathe.holdIn:Hold`,
  out: $localize`:@@breathe.out:Breathe out`,
  'hold-out': $localize`:@@breathe.holdOut:Hold`,
};

@Component({
  selector: 'tend-breathe-page',
  imports: [RouterLink],
  templateUrl: './breathe-page.html',
  styleUrl: './breathe-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class BreathePage {
  protected readonly patterns = BREATHING_PATTERNS;
  protected readonly durations = [1, 3, 5];
  protected readonly patternId = signal(BREATHING_PATTERNS[0].id);
  protected readonly minutes = signal(1);
  protected readonly moment = signal<BreathMoment | null>(null);
  protected readonly done = signal(false);
  protected readonly running = computed(() => this.moment() !== null && !this.done());
  protected readonly phaseWords = computed(() => {
    const m = this.moment();
    return m ? PHASE_WORDS[m.phase.kind] : '';
  });
  /** The circle's scale: grows while breathing in, stays while holding, shrinks breathing out. */
  protected readonly scale = computed(() => {
    const m = this.moment();
    if (!m) return 0.6;
    switch (m.phase.kind) {
      case 'in':
        return 0.6 + 0.4 * m.progress;
      case 'hold-in':
        return 1;
      case 'out':
        return 1 - 0.4 * m.progress;
      case 'hold-out':
        return 0.6;
    }
  });
  private frame = 0;

  constructor() {
    inject(DestroyRef).onDestroy(() => cancelAnimationFrame(this.frame));
  }

  protected start(): void {
    const pattern = this.patterns.find((p) => p.id === this.patternId())!;
    const total = this.minutes() * 60;
    const startedAt = performance.now();
    this.done.set(false);
    const tick = () => {
      const moment = breathMomentAt(pattern, performance.now() - startedAt, total);
      this.moment.set(moment);
      if (moment.finished) this.done.set(true);
      else this.frame = requestAnimationFrame(tick);
    };
    tick();
  }

  protected stop(): void {
    cancelAnimationFrame(this.frame);
    this.moment.set(null);
  }
}
