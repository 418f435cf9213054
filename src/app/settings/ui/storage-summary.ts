import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { StorageState } from '../../core/storage/storage-persistence';

@Component({
  selector: 'tend-storage-summary',
  template: `
    <section class="tend-card" aria-labelledby="storage-heading">
      <h2 id="storage-heading" i18n="@@storage.heading">Storage on this device</h2>
      <p>
        @switch (state().persisted) {
          @case (true) { <span i18n="@@storage.persisted">Your browser has agreed to keep Tend's data even when space runs low.</span> }
          @case (false) { <span i18n="@@storage.notPersisted">Your browser may clear Tend's data if the device runs low on space. Installing Tend or asking below makes that less likely.</span> }
          @default { <span i18n="@@storage.unknown">This browser does not say whether it will keep Tend's data.</span> }
        }
      </p>
      @if (usage(); as u) {
        <p i18n="@@storage.usage">Using {{ u.used }} of {{ u.quota }} available.</p>
      }
      @if (state().persisted === false) {
        <button type="button" class="tend-button tonal" (click)="keepData.emit()" i18n="@@storage.keep">Ask to keep my data</button>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StorageSummary {
  readonly state = input.required<StorageState>();
  readonly keepData = output<void>();

  protected readonly usage = computed(() => {
    const { usageBytes, quotaBytes } = this.state();
    return usageBytes === null || quotaBytes === null ? null : { used: formatBytes(usageBytes), quota: formatBytes(quotaBytes) };
  });
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 && unit > 0 ? 1 : 0)} ${units[unit]}`;
}
