import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Clock } from '../../core/clock/clock';
import { InstallCard } from '../../core/install/install-card';
import { InstallPrompt } from '../../core/install/install-prompt';

@Component({
  selector: 'tend-today-page',
  imports: [RouterLink, InstallCard],
  templateUrl: './today-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TodayPage {
  protected readonly installPrompt = inject(InstallPrompt);
  protected readonly dateLabel = inject(Clock).now().toLocaleString({ weekday: 'long', month: 'long', day: 'numeric' });
}
