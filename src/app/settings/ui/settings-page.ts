import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { Store } from '@ngrx/store';
import { InstallCard } from '../../core/install/install-card';
import { InstallPrompt } from '../../core/install/install-prompt';
import { StoragePersistence } from '../../core/storage/storage-persistence';
import { RegionCode, REGIONS } from '../../safety';
import { THEME_CHOICES, ThemeChoice } from '../domain/settings';
import { settingsFeature } from '../state/settings.feature';
import { SettingsPageActions } from '../state/settings-page.actions';
import { StorageSummary } from './storage-summary';

@Component({
  selector: 'tend-settings-page',
  imports: [InstallCard, StorageSummary],
  templateUrl: './settings-page.html',
  styleUrl: './settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SettingsPage implements OnInit {
  private readonly store = inject(Store);
  protected readonly storage = inject(StoragePersistence);
  protected readonly installPrompt = inject(InstallPrompt);
  protected readonly settings = this.store.selectSignal(settingsFeature.selectSettings);
  protected readonly saveStatus = this.store.selectSignal(settingsFeature.selectSave);
  protected readonly themes = THEME_CHOICES;
  protected readonly themeLabels: Record<ThemeChoice, string> = {
    system: $localize`:@@settings.themeSystem:Same as this device`,
    light: $localize`:@@settings.themeLight:Light`,
    dark: $localize`:@@settings.themeDark:Dark`,
  };
  protected readonly regions = REGIONS;
  protected readonly hours = Array.from({ length: 13 }, (_, h) => h);

  ngOnInit(): void {
    void this.storage.refresh();
  }

  protected chooseTheme(theme: ThemeChoice): void {
    this.store.dispatch(SettingsPageActions.themeChosen({ theme }));
  }

  protected chooseRegion(region: string): void {
    this.store.dispatch(SettingsPageActions.regionChosen({ region: region as RegionCode }));
  }

  protected chooseDayStartHour(hour: string): void {
    this.store.dispatch(SettingsPageActions.dayStartHourChosen({ dayStartHour: Number(hour) }));
  }

  protected hourLabel(hour: number): string {
    return `${String(hour).padStart(2, '0')}:00`;
  }
}
