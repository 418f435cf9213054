import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** An honest placeholder for a feature that is not built yet: it says so and pretends nothing. */
@Component({
  selector: 'tend-coming-soon-page',
  imports: [RouterLink],
  template: `
    <h1>{{ heading() }}</h1>
    <div class="tend-card">
      <p><strong i18n="@@comingSoon.notYet">Not available yet.</strong> {{ summary() }}</p>
      <p i18n="@@comingSoon.private">When it arrives, everything it keeps will stay on this device.</p>
    </div>
    <p><a routerLink="/" i18n="@@comingSoon.backToToday">Back to Today</a></p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ComingSoonPage {
  /** Bound from the route's data by `withComponentInputBinding`. */
  readonly heading = input.required<string>();
  readonly summary = input.required<string>();
}
