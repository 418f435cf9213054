import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { RouteWarmUp } from './route-warm-up';
import { WarmUpOnIntent } from './warm-up-on-intent';

@Component({
  imports: [WarmUpOnIntent],
  template: `
    <ul tendWarmUpOnIntent>
      <li><a href="/trends"><span class="label">Trends</span></a></li>
      <li><a href="https://example.org/elsewhere">Elsewhere</a></li>
      <li><p class="not-a-link">Words</p></li>
    </ul>
  `,
})
class Links {}

describe('WarmUpOnIntent', () => {
  let warmUpLink: jasmine.Spy;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    warmUpLink = spyOn(TestBed.inject(RouteWarmUp), 'warmUpLink');
    const fixture = TestBed.createComponent(Links);
    await fixture.whenStable();
    host = fixture.nativeElement;
  });

  for (const type of ['pointerover', 'focusin', 'pointerdown']) {
    it(`loads the screen a link leads to on ${type}, from anywhere inside the link`, () => {
      host.querySelector('.label')!.dispatchEvent(new Event(type, { bubbles: true }));
      expect(warmUpLink).toHaveBeenCalledOnceWith('/trends');
    });
  }

  it('ignores what is not a link to a screen of the app', () => {
    host.querySelector('.not-a-link')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    host.querySelector('a[href^="https"]')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(warmUpLink).not.toHaveBeenCalled();
  });
});
