import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** Offers installation where the browser allows it, and explains Add to Home Screen on iOS. */
@Component({
  selector: 'tend-install-card',
  template: `
    @if (canInstall() || iosInstructions()) {
      <section class="tend-card" aria-labelledby="install-heading">
        <h2 id="install-heading" i18n="@@install.heading">Install Tend</h2>
        <p i18n="@@install.why">Installed, Tend opens like an app and works without a connection.</p>
        @if (canInstall()) {
          <button type="button" class="tend-button" (click)="install.emit()" i18n="@@install.button">Install</button>
        } @else {
          <p i18n="@@install.ios">In Safari, tap the Share button, then “Add to Home Screen”.</p>
        }
        <button type="button" class="tend-button outlined" (click)="notNow.emit()" i18n="@@install.notNow">Not now</button>
      </section>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InstallCard {
  readonly canInstall = input(false);
  readonly iosInstructions = input(false);
  readonly install = output<void>();
  readonly notNow = output<void>();
}
