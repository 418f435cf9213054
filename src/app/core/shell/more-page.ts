import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Icon } from '../../shared/icon/icon';
import { NAV_ITEMS } from './nav-items';

/** On phones the bottom bar holds four destinations; the rest are one tap away here. */
@Component({
  selector: 'tend-more-page',
  imports: [RouterLink, Icon],
  template: `
    <h1 i18n="@@more.heading">More</h1>
    <ul class="links">
      @for (item of items; track item.path) {
        <li>
          <a [routerLink]="item.path"><tend-icon [path]="item.icon" /> {{ item.label }}</a>
        </li>
      }
    </ul>
  `,
  styles: `
    .links { list-style: none; margin: 0; padding: 0; }
    a {
      display: flex;
      align-items: center;
      gap: 1rem;
      min-block-size: 56px;
      padding: 0 1rem;
      border-radius: var(--mat-sys-corner-medium);
      color: var(--mat-sys-on-surface);
      text-decoration: none;
      font: var(--mat-sys-body-large);
    }
    a:hover { background: var(--mat-sys-surface-container-high); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class MorePage {
  protected readonly items = NAV_ITEMS.filter((item) => !item.primary);
}
