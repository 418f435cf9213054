import { afterNextRender, ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Clock } from '../../core/clock/clock';
import { InstallCard } from '../../core/install/install-card';
import { InstallPrompt } from '../../core/install/install-prompt';

@Component({
  selector: 'tend-today-page',
  imports: [RouterLink, InstallCard],
  templateUrl: './today-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The benchmark reads when Today became interactive with its data.
  host: { '[attr.data-state]': 'readyAt() === null ? "loading" : "ready"', '[attr.data-ready-at]': 'readyAt()' },
})
export default class TodayPage {
  protected readonly installPrompt = inject(InstallPrompt);
  protected readonly dateLabel = inject(Clock).now().toLocaleString({ weekday: 'long', month: 'long', day: 'numeric' });
  protected readonly readyAt = signal<number | null>(null);

  constructor() {
    afterNextRender(() => this.readyAt.set(Math.round(performance.now())));
  }
}
