import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EntryDatePipe } from './entry-date.pipe';

describe('EntryDatePipe', () => {
  const pipe = () => TestBed.runInInjectionContext(() => new EntryDatePipe());
  beforeEach(() => TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'en-US' }] }));

  it('formats an instant in the reader’s zone and language', () => {
    const iso = new Date(2026, 2, 8, 14, 2).toISOString();
    expect(pipe().transform(iso)).toBe('Sunday, March 8, 2026 at 2:02 PM');
    expect(pipe().transform(iso, 'short')).toBe('Sun, Mar 8, 2026, 2:02 PM');
    expect(pipe().transform(iso, 'time')).toBe('2:02 PM');
  });

  it('shows the time alone for a moment today, with the date otherwise', () => {
    const today = new Date();
    today.setHours(6, 30, 0, 0);
    expect(pipe().transform(today.toISOString(), 'moment')).toBe('6:30 AM');
    expect(pipe().transform(new Date(2026, 2, 8, 6, 30).toISOString(), 'moment')).toBe('Sun, Mar 8, 2026, 6:30 AM');
  });

  it('leaves an empty or unreadable value as it is', () => {
    expect(pipe().transform(null)).toBe('');
    expect(pipe().transform('not a date')).toBe('not a date');
  });
});
