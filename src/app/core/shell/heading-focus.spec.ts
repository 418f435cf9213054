import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, RouterOutlet } from '@angular/router';
import { HeadingFocus } from './heading-focus';

@Component({ selector: 'tend-host', imports: [RouterOutlet], template: '<main><router-outlet /></main>' })
class Host {}

@Component({ selector: 'tend-page-a', template: '<h1>A</h1>' })
class PageA {}

@Component({ selector: 'tend-page-b', template: '<h1>B</h1><button>Later</button>' })
class PageB {}

describe('HeadingFocus', () => {
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

  it('leaves focus alone on the first load, then moves it to the new page heading', async () => {
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    TestBed.inject(HeadingFocus).start();
    const router = TestBed.inject(Router);

    await router.navigateByUrl('/');
    await fixture.whenStable();
    expect(document.activeElement?.tagName).not.toBe('H1');

    await router.navigateByUrl('/b');
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement?.textContent).toBe('B');
    fixture.nativeElement.remove();
  });
});
