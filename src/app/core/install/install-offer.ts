import { ChangeDetectionStrategy, Component, ComponentRef, DestroyRef, effect, inject, ViewContainerRef } from '@angular/core';
import type { InstallCard } from './install-card';
import { InstallPrompt } from './install-prompt';

/**
 * The install card, for a page on the first screen: most visits have nothing to offer, so the
 * card's code loads only once there is an offer.
 */
@Component({
  selector: 'tend-install-offer',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InstallOffer {
  constructor() {
    const prompt = inject(InstallPrompt);
    const host = inject(ViewContainerRef);
    let alive = true;
    inject(DestroyRef).onDestroy(() => (alive = false));
    let card: Promise<ComponentRef<InstallCard> | null> | null = null;
    effect(() => {
      const canInstall = prompt.canInstall();
      const iosInstructions = prompt.needsIosInstructions();
      if (!card && !canInstall && !iosInstructions) return;
      card ??= import('./install-card').then(({ InstallCard }) => {
        if (!alive) return null;
        const ref = host.createComponent(InstallCard);
        ref.instance.install.subscribe(() => void prompt.install());
        ref.instance.notNow.subscribe(() => prompt.dismiss());
        return ref;
      });
      void card.then((ref) => {
        ref?.setInput('canInstall', canInstall);
        ref?.setInput('iosInstructions', iosInstructions);
      });
    });
  }
}
