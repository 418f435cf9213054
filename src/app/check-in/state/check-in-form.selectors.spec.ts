import { rootStateWith, sampleCheckIn } from '../testing/check-in-state';
import { selectCheckInFormStart } from './check-in-form.selectors';

describe('selectCheckInFormStart', () => {
  const state = rootStateWith({ checkIns: [sampleCheckIn('2026-11-27')], today: '2026-11-28' });

  it('starts from the saved check-in of the day, or with the one before to offer as a suggestion', () => {
    expect(selectCheckInFormStart('2026-11-27')(state)?.existing?.day).toBe('2026-11-27');
    expect(selectCheckInFormStart('2026-11-28')(state)).toEqual({ existing: null, previous: sampleCheckIn('2026-11-27') });
  });

  // The day comes from the address, /check-in/day/:day, and entity dictionaries are plain objects.
  for (const day of ['constructor', '__proto__', 'toString']) {
    it(`finds no saved check-in for the day ${JSON.stringify(day)} in the address`, () => {
      expect(selectCheckInFormStart(day)(state)?.existing).toBeNull();
    });
  }
});
