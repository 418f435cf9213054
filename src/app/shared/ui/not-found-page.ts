import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'tend-not-found-page',
  imports: [RouterLink],
  template: `
    <h1 i18n="@@notFound.heading">Page not found</h1>
    <p i18n="@@notFound.body">There is no page at this address in Tend.</p>
    <p><a routerLink="/" i18n="@@notFound.back">Go to Today</a></p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NotFoundPage {}
