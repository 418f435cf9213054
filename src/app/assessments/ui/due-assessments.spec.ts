import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { DueAssessments } from './due-assessments';

describe('DueAssessments', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideRouter([])] }));

  it('links each due re-take to its introduction', async () => {
    const fixture = TestBed.createComponent(DueAssessments);
    fixture.componentRef.setInput('due', [
      { instrumentId: 'phq-9', shortTitle: 'PHQ-9', lastTakenAt: '2025-02-01T12:00:00.000Z', dueOn: '2025-03-01', path: '/assess/phq-9' },
    ]);
    await fixture.whenStable();
    const link: HTMLAnchorElement = fixture.nativeElement.querySelector('a');
    expect(link.textContent!.trim()).toBe('PHQ-9 re-take due');
    expect(link.getAttribute('href')).toBe('/assess/phq-9');
    expect(fixture.nativeElement.textContent).toContain('Last taken Feb 1, 2025');
  });

  it('renders nothing when nothing is due', async () => {
    const fixture = TestBed.createComponent(DueAssessments);
    fixture.componentRef.setInput('due', []);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('ul')).toBeNull();
  });
});
