import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideState, provideStore } from '@ngrx/store';
import { routes } from './app.routes';
import { TendTitleStrategy } from './core/shell/title-strategy';
import { settingsFeature } from './settings/state/settings.feature';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    { provide: TitleStrategy, useClass: TendTitleStrategy },
    provideStore(),
    // Settings are app-wide (theme, region, day start), so their state lives at the root; App
    // loads their persistence after the first paint.
    provideState(settingsFeature),
  ],
};
