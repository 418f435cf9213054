import { dateTimeFormat, numberFormat } from './intl-cache';

describe('Intl formatter cache', () => {
  it('gives the same formatter for the same locale and options, and another for others', () => {
    const a = dateTimeFormat('en-US', { month: 'short' });
    expect(dateTimeFormat('en-US', { month: 'short' })).toBe(a);
    expect(dateTimeFormat('en-GB', { month: 'short' })).not.toBe(a);
    expect(dateTimeFormat('en-US', { month: 'long' }).format(new Date(2026, 2, 9))).toBe('March');
    expect(numberFormat('en-US', { maximumFractionDigits: 1 }).format(1.25)).toBe('1.3');
    expect(numberFormat('en-US', { maximumFractionDigits: 1 })).toBe(numberFormat('en-US', { maximumFractionDigits: 1 }));
  });
});
