import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LocalDatePipe } from './local-date.pipe';
import { LocalNumberPipe } from './local-number.pipe';

describe('local format pipes (en-US)', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), LocalDatePipe, LocalNumberPipe] }));

  it('reads a local day as that calendar day in any zone', () => {
    const pipe = TestBed.inject(LocalDatePipe);
    expect(pipe.transform('2026-11-01', 'longDate')).toBe('November 1, 2026');
    expect(pipe.transform('2026-03-08')).toBe('Mar 8, 2026');
  });

  it('formats a timestamp in the reader’s zone and leaves bad input as it is', () => {
    const pipe = TestBed.inject(LocalDatePipe);
    const local = new Date(2026, 10, 29, 14, 5).toISOString();
    expect(pipe.transform(local, 'mediumDate')).toBe('Nov 29, 2026');
    expect(pipe.transform(local, 'shortTime')).toBe('2:05 PM');
    expect(pipe.transform('not a date')).toBe('not a date');
    expect(pipe.transform(null)).toBe('');
  });

  it('follows Angular’s digits format', () => {
    const pipe = TestBed.inject(LocalNumberPipe);
    expect(pipe.transform(3.14159, '1.0-2')).toBe('3.14');
    expect(pipe.transform(50, '1.1-1')).toBe('50.0');
    expect(pipe.transform(1234.5)).toBe('1,234.5');
    expect(pipe.transform(null)).toBe('');
  });
});
