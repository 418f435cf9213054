import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { storageFullMessage } from '../../shared/async-status';
import { Icon } from '../../shared/icon/icon';
import { iconEmergency, iconMoreHoriz } from '../../shared/icon/nav-icons';
import { StoragePersistence } from '../storage/storage-persistence';
import { AppUpdates } from '../updates/app-updates';
import { NAV_ITEMS } from './nav-items';
import { WarmUpOnIntent } from '../preload/warm-up-on-intent';

@Component({
  selector: 'tend-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, Icon, WarmUpOnIntent],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly updates = inject(AppUpdates);
  protected readonly storageFull = inject(StoragePersistence).full;
  protected readonly storageFullText = storageFullMessage();
  protected readonly navItems = NAV_ITEMS;
  protected readonly helpIcon = iconEmergency;
  protected readonly moreIcon = iconMoreHoriz;

  protected skipToMain(event: Event, main: HTMLElement): void {
    event.preventDefault();
    main.focus();
  }
}
