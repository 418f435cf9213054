import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AsyncStatus } from '../../shared/async-status';

/** While the assessments load from this device, or when they could not be read. */
@Component({
  selector: 'tend-load-notice',
  imports: [RouterLink],
  template: `
    @if (status().status === 'error') {
      <div class="tend-alert" role="alert">
        <p i18n="@@assess.load.failed">Your assessments could not be read from this device: {{ status().error }}</p>
        <a routerLink="/assess" i18n="@@assess.load.back">Back to all assessments</a>
      </div>
    } @else {
      <p role="status" i18n="@@assess.load.loading">Loading your assessments…</p>
    }
  `,
  styles: `
    .tend-alert a { color: inherit; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadNotice {
  readonly status = input.required<AsyncStatus>();
}
