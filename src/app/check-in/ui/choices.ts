import type { Choice } from '../../shared/ui/choice-group';
import { iconBedtime } from '../../shared/icon/icons';
import {
  iconAvgTime,
  iconBattery1Bar,
  iconBattery2Bar,
  iconBattery4Bar,
  iconBattery5Bar,
  iconBatteryFull,
  iconSentimentCalm,
  iconSentimentContent,
  iconSentimentFrustrated,
  iconSentimentStressed,
  iconSentimentWorried,
  iconSunny,
  iconWbTwilight,
  iconWeekend,
} from './check-in-icons';
import { RATING_FACES } from './rating-faces';
import { Rating, RATINGS, SHIFT_TYPES, ShiftType } from '../domain/check-in';
import { ratingLabel, RatingScale, SHIFT_LABELS } from '../domain/rating-labels';

const RATING_ICONS: Readonly<Record<RatingScale, readonly string[]>> = {
  mood: RATING_FACES,
  energy: [iconBattery1Bar, iconBattery2Bar, iconBattery4Bar, iconBattery5Bar, iconBatteryFull],
  stress: [
    iconSentimentCalm,
    iconSentimentContent,
    iconSentimentWorried,
    iconSentimentFrustrated,
    iconSentimentStressed,
  ],
  sleepQuality: RATING_FACES,
};

const SHIFT_ICONS: Readonly<Record<ShiftType, string>> = {
  day: iconSunny,
  evening: iconWbTwilight,
  night: iconBedtime,
  call24: iconAvgTime,
  off: iconWeekend,
};

export function ratingIcon(scale: RatingScale, rating: Rating): string {
  return RATING_ICONS[scale][rating - 1];
}

export function ratingChoices(scale: RatingScale): Choice<Rating>[] {
  return RATINGS.map((value) => ({ value, label: ratingLabel(scale, value), icon: ratingIcon(scale, value) }));
}

export const SHIFT_CHOICES: readonly Choice<ShiftType>[] = SHIFT_TYPES.map((value) => ({
  value,
  label: SHIFT_LABELS[value],
  icon: SHIFT_ICONS[value],
}));
