import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HighlightedText } from './highlighted-text';

describe('HighlightedText', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] }));

  it('wraps each match in <mark> and keeps markup in the text as text', async () => {
    const fixture = TestBed.createComponent(HighlightedText);
    fixture.componentRef.setInput('text', '<img src=x onerror=alert(1)> tea & toast');
    fixture.componentRef.setInput('matches', [{ start: 29, end: 32 }]);
    await fixture.whenStable();
    const host: HTMLElement = fixture.nativeElement;
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toBe('<img src=x onerror=alert(1)> tea & toast');
    expect([...host.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['tea']);
  });
});
