import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { settingsFeature } from '../../settings';
import { CrisisResources } from './crisis-resources';

@Component({
  selector: 'tend-get-help-page',
  imports: [CrisisResources],
  template: `
    <h1 i18n="@@help.heading">Get help now</h1>
    <p i18n="@@help.intro">
      If you might act on thoughts of harming yourself, or you are in danger, call your emergency number now.
      These lines are free and confidential. Tend never dials or sends anything for you.
    </p>
    <tend-crisis-resources [region]="region()" [headingLevel]="2" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class GetHelpPage {
  protected readonly region = inject(Store).selectSignal(settingsFeature.selectRegion);
}
