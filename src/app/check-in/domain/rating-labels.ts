import { Rating, ShiftType } from './check-in';

export type RatingScale = 'mood' | 'energy' | 'stress' | 'sleepQuality';

export const RATING_SCALES: readonly RatingScale[] = ['mood', 'energy', 'stress', 'sleepQuality'];

export const RATING_SCALE_LABELS: Readonly<Record<RatingScale, string>> = {
  mood: $localize`:@@scale.mood:Mood`,
  energy: $localize`:@@scale.energy:Energy`,
  stress: $localize`:@@scale.stress:Stress`,
  sleepQuality: $localize`:@@scale.sleepQuality:Sleep quality`,
};

/** Words for each point of each scale, so no rating is shown as a bare number or only a colour. */
export const RATING_LABELS: Readonly<Record<RatingScale, Readonly<Record<Rating, string>>>> = {
  mood: { 1: $localize`:@@rating.mood.1:Very low`, 2: $localize`:@@rating.mood.2:Low`, 3: $localize`:@@rating.mood.3:Okay`, 4: $localize`:@@rating.mood.4:Good`, 5: $localize`:@@rating.mood.5:Great` },
  energy: { 1: $localize`:@@rating.energy.1:Drained`, 2: $localize`:@@rating.energy.2:Low`, 3: $localize`:@@rating.energy.3:Steady`, 4: $localize`:@@rating.energy.4:Good`, 5: $localize`:@@rating.energy.5:Full of energy` },
  stress: { 1: $localize`:@@rating.stress.1:Calm`, 2: $localize`:@@rating.stress.2:A little`, 3: $localize`:@@rating.stress.3:Moderate`, 4: $localize`:@@rating.stress.4:High`, 5: $localize`:@@rating.stress.5:Overwhelming` },
  sleepQuality: { 1: $localize`:@@rating.sleepQuality.1:Very poor`, 2: $localize`:@@rating.sleepQuality.2:Poor`, 3: $localize`:@@rating.sleepQuality.3:Fair`, 4: $localize`:@@rating.sleepQuality.4:Good`, 5: $localize`:@@rating.sleepQuality.5:Very good` },
};

export const SHIFT_LABELS: Readonly<Record<ShiftType, string>> = {
  day: $localize`:@@shift.day:Day shift`,
  evening: $localize`:@@shift.evening:Evening shift`,
  night: $localize`:@@shift.night:Night shift`,
  call24: $localize`:@@shift.call24:24-hour call`,
  off: $localize`:@@shift.off:Day off`,
};

export function ratingLabel(scale: RatingScale, rating: Rating): string {
  return RATING_LABELS[scale][rating];
}
