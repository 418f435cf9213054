import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { evaluateSafety } from '../domain';
import { PHQ_9 } from '../domain/instruments';
import { SafetyNotice } from './safety-notice';

describe('SafetyNotice', () => {
  let fixture: ComponentFixture<SafetyNotice>;
  let host: HTMLElement;

  async function render(focusOnAppear: boolean) {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(SafetyNotice);
    host = fixture.nativeElement;
    document.body.appendChild(host);
    fixture.componentRef.setInput('signals', evaluateSafety(PHQ_9, { q9: 'several-days' }));
    fixture.componentRef.setInput('region', 'us');
    fixture.componentRef.setInput('focusOnAppear', focusOnAppear);
    await fixture.whenStable();
  }
  afterEach(() => host.remove());

  it('announces the message, says no one else sees it, and lists crisis lines for the region', async () => {
    await render(false);
    expect(host.querySelector('[role=alert]')!.textContent).toContain('better off dead or of hurting yourself');
    expect(host.textContent).toContain('Only you can see this. No one has been told');
    expect(host.querySelector('a[href="tel:988"]')).not.toBeNull();
    expect(document.activeElement).not.toBe(host.querySelector('h2'));
  });

  it('takes focus on its heading when asked to', async () => {
    await render(true);
    const heading = host.querySelector<HTMLElement>('h2')!;
    expect(heading.textContent).toContain('Support is here for you now');
    expect(document.activeElement).toBe(heading);
  });
});
