import { Rating, ShiftType } from './check-in';

export type RatingScale = 'mood' | 'energy' | 'stress' | 'sleepQuality';

export const RATING_SCALES: readonly RatingScale[] = ['mood', 'energy', 'stress', 'sleepQuality'];

export const RATING_SCALE_LABELS: Readonly<Record<RatingScale, string>> = {
  mood: 'Mood',
  energy: 'Energy',
  stress: 'Stress',
  sleepQuality: 'Sleep quality',
};

/** Words for each point of each scale, so no rating is shown as a bare number or only a colour. */
export const RATING_LABELS: Readonly<Record<RatingScale, Readonly<Record<Rating, string>>>> = {
  mood: { 1: 'Very low', 2: 'Low', 3: 'Okay', 4: 'Good', 5: 'Great' },
  energy: { 1: 'Drained', 2: 'Low', 3: 'Steady', 4: 'Good', 5: 'Full of energy' },
  stress: { 1: 'Calm', 2: 'A little', 3: 'Moderate', 4: 'High', 5: 'Overwhelming' },
  sleepQuality: { 1: 'Very poor', 2: 'Poor', 3: 'Fair', 4: 'Good', 5: 'Very good' },
};

export const SHIFT_LABELS: Readonly<Record<ShiftType, string>> = {
  day: 'Day shift',
  evening: 'Evening shift',
  night: 'Night shift',
  call24: '24-hour call',
  off: 'Day off',
};

export function ratingLabel(scale: RatingScale, rating: Rating): string {
  return RATING_LABELS[scale][rating];
}
