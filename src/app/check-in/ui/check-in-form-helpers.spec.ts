import { defaultCheckInDraft } from '../domain/check-in-draft';
import { sampleCheckIn } from '../testing/check-in-state';
import { detailsSummary, readNumberField, routineOffer } from './check-in-form-helpers';
import { hoursLabel } from './day-format';

describe('check-in form helpers', () => {
  const draft = { ...defaultCheckInDraft(), mood: 3, sleepHours: 7, sleepQuality: 3, shift: 'day' as const, hoursWorked: 8, tagIds: ['a', 'b'] };

  it('sums up the answers beyond the ratings in a line, and nothing for none', () => {
    expect(detailsSummary(draft, 2)).toBe('Sleep 7 h, fair · Day shift, 8 h worked · 2 tags');
    expect(detailsSummary(defaultCheckInDraft(), 0)).toBe('');
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

  it("offers the sleep and work of the check-in before, as yesterday's or by its day, until the form holds them", () => {
    const friday = sampleCheckIn('2026-11-27', { sleepHours: 6, sleepQuality: null, shift: 'night', hoursWorked: 12.5 });
    const offer = routineOffer(friday, '2026-11-28', defaultCheckInDraft());
    expect(offer).toEqual({
      answers: { sleepHours: 6, sleepQuality: null, hoursWorked: 12.5, shift: 'night' },
      from: 'Yesterday',
      summary: 'Sleep 6 h · Night shift, 12½ h worked',
      action: 'Same as yesterday',
    });
    expect(routineOffer(friday, '2026-11-30', defaultCheckInDraft())?.action).toBe('Same as Friday, Nov 27');
    expect(routineOffer(friday, '2026-11-28', { ...defaultCheckInDraft(), ...offer!.answers })).toBeNull();
    expect(routineOffer(null, '2026-11-28', defaultCheckInDraft())).toBeNull();
  });
});
