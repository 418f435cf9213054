import { LocalDatePipe } from '../../shared/format/local-date.pipe';
import { LocalNumberPipe } from '../../shared/format/local-number.pipe';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Sex } from '../domain';
import { ScaleView } from '../state/views/result-view';

let nextId = 0;

/** One scale's score, its band in plain words, where the cut-off comes from, and the change since last time. */
@Component({
  selector: 'tend-scale-result',
  imports: [LocalDatePipe, LocalNumberPipe],
  templateUrl: './scale-result.html',
  styleUrl: './scale-result.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScaleResult {
  readonly scale = input.required<ScaleView>();
  readonly shortTitle = input.required<string>();
  readonly previousTakenAt = input<string | null>(null);
  /** Stated sex for sex-specific cut-offs; null shows both readings. */
  readonly sex = input<Sex | null>(null);

  protected readonly headingId = `tend-scale-result-${nextId++}`;
  protected readonly format = computed(() => {
    const d = this.scale().decimals;
    return `1.${d}-${d}`;
  });
  protected readonly changeSize = computed(() => Math.abs(this.scale().change?.difference ?? 0));
  protected readonly source = computed(() => {
    const scale = this.scale();
    return scale.band?.source ?? scale.bandBySex?.female?.source ?? scale.bandBySex?.male?.source ?? null;
  });
  protected readonly note = computed(() => {
    const scale = this.scale();
    return scale.band?.note ?? scale.bandBySex?.female?.note ?? null;
  });
}
