import { defaultCheckInDraft } from '../domain/check-in-draft';
import { detailsSummary, readNumberField, sameDraft } from './check-in-form-helpers';
import { hoursLabel } from './day-format';

describe('check-in form helpers', () => {
  const draft = { ...defaultCheckInDraft(), mood: 3, tagIds: ['a', 'b'] };

  it('treats the same tags in another order as the same draft', () => {
    expect(sameDraft(draft, { ...draft, tagIds: ['b', 'a'] })).toBeTrue();
    expect(sameDraft(draft, { ...draft, mood: 4 })).toBeFalse();
  });

  it('sums up the prefilled rest in a line', () => {
    expect(detailsSummary(draft, 2)).toBe('Sleep 7 h, fair · Day shift, 8 h worked · 2 tags');
    expect(detailsSummary({ ...draft, sleepHours: null, shift: 'off', hoursWorked: 0 }, 0)).toBe('Day off');
  });

  it('writes half hours as a fraction', () => {
    expect([0, 0.5, 7, 7.5].map(hoursLabel)).toEqual(['0 h', '½ h', '7 h', '7½ h']);
  });

  it('reads a number field: empty is not recorded, unreadable is NaN', () => {
    const field = document.createElement('input');
    field.type = 'number';
    expect(readNumberField(field)).toBeNull();
    field.value = '12.5';
    expect(readNumberField(field)).toBe(12.5);
  });
});
