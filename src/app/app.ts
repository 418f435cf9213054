import { afterNextRender, ChangeDetectionStrategy, Component, effect, inject, Injector, isDevMode } from '@angular/core';
import { Store } from '@ngrx/store';
import { HeadingFocus } from './core/shell/heading-focus';
import { Shell } from './core/shell/shell';
import { InstallPrompt } from './core/install/install-prompt';
import { RouteWarmUp } from './core/preload/route-warm-up';
import { Theme } from './core/theme/theme';
import { AppUpdates } from './core/updates/app-updates';
import { settingsFeature } from './settings';

@Component({
  selector: 'tend-root',
  imports: [Shell],
  template: '<tend-shell />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  constructor() {
    const theme = inject(Theme);
    const store = inject(Store);
    theme.restore();
    const chosen = store.selectSignal(settingsFeature.selectTheme);
    const loaded = store.selectSignal(settingsFeature.selectLoad);
    effect(() => {
      // Until stored settings arrive, keep what restore() applied rather than flashing back to system.
      if (loaded().status === 'success') theme.apply(chosen());
    });
    // The service worker runs only in production builds, where `ng build` writes ngsw-worker.js.
    if (!isDevMode()) inject(AppUpdates).start();
    inject(InstallPrompt).start();
    inject(HeadingFocus).start();
    inject(RouteWarmUp).start();
    const injector = inject(Injector);
    // Today's first need is the database: open it (and run any migration) while the router is
    // still fetching Today's code, not once that code asks. The same connection serves everyone;
    // a failure stays cached for the reads to report.
    void import('./core/db/tend-database').then(({ TendDatabase }) => injector.get(TendDatabase).connection().catch(() => undefined));
    afterNextRender(() =>
      void import('./settings/state/settings-persistence').then(({ SettingsPersistence }) =>
        injector.get(SettingsPersistence).start(),
      ),
    );
  }
}
