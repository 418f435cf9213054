import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NavigationEnd, provideRouter, Router, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { RenderOnNavigation } from './render-on-navigation';

@Component({ selector: 'tend-host', imports: [RouterOutlet], template: '<router-outlet />' })
class Host {}

// Bound text: creating a page puts its element in the DOM at once, but a binding is filled in only
// when change detection runs.
@Component({ selector: 'tend-page-a', template: '<h1>{{ title }}</h1>' })
class PageA {
  protected readonly title = 'Page A';
}

@Component({ selector: 'tend-page-b', template: '<h1>{{ title }}</h1>' })
class PageB {
  protected readonly title = 'Page B';
}

describe('RenderOnNavigation', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([
          { path: '', component: PageA },
          { path: 'b', component: PageB },
        ]),
      ],
    }),
  );

  /** The page's text at the moment each navigation ends, after the service has had its turn. */
  async function textsAtNavigationEnd(started: boolean): Promise<string[]> {
    const fixture = TestBed.createComponent(Host);
    if (started) TestBed.inject(RenderOnNavigation).start();
    const router = TestBed.inject(Router);
    const texts: string[] = [];
    router.events.pipe(filter((e) => e instanceof NavigationEnd)).subscribe(() => texts.push(fixture.nativeElement.textContent.trim()));
    await router.navigateByUrl('/');
    await fixture.whenStable();
    await router.navigateByUrl('/b');
    await fixture.whenStable();
    return texts;
  }

  it('draws a later navigation’s page before the navigation has ended', async () => {
    expect(await textsAtNavigationEnd(true)).toEqual(['', 'Page B']);
  });

  it('is needed: without it the page is drawn in a later task (and the first load is left to that)', async () => {
    expect(await textsAtNavigationEnd(false)).toEqual(['', '']);
  });
});
