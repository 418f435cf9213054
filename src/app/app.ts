import { ChangeDetectionStrategy, Component, effect, inject, isDevMode } from '@angular/core';
import { Store } from '@ngrx/store';
import { HeadingFocus } from './core/shell/heading-focus';
import { RenderOnNavigation } from './core/shell/render-on-navigation';
import { Shell } from './core/shell/shell';
import { InstallPrompt } from './core/install/install-prompt';
import { RouteWarmUp } from './core/preload/route-warm-up';
import { StoragePersistence } from './core/storage/storage-persistence';
import { Theme } from './core/theme/theme';
import { AppUpdates } from './core/updates/app-updates';
import { whenIdle } from './shared/scheduling/when-idle';
import { settingsFeature } from './settings';
import { SettingsPersistence } from './settings/state/settings-persistence';

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
    // The service worker runs only in production builds, where the build writes ngsw-worker.js
    // (which public/tend-worker.js wraps).
    if (!isDevMode()) inject(AppUpdates).start();
    inject(InstallPrompt).start();
    inject(HeadingFocus).start();
    inject(RenderOnNavigation).start();
    inject(RouteWarmUp).start();
    // Reading the settings opens the database, which Today needs first: start now, while the
    // router resolves Today's route, rather than after the first render.
    inject(SettingsPersistence).start();
    // A start that writes nothing would not find out that storage is full: check once it is quiet.
    const storage = inject(StoragePersistence);
    whenIdle(() => void import('./core/storage/storage-check').then((m) => m.checkStorageFull(storage)), 5000);
  }
}
