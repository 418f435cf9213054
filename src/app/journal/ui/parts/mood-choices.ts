import { Rating, RATINGS, ratingLabel } from '../../../check-in';
import type { Choice } from '../../../shared/ui/choice-group';

/** Moods in words (Very low … Great), as the editor offers them and the search filters by them. */
export const MOOD_CHOICES: readonly Choice<Rating>[] = RATINGS.map((value) => ({ value, label: ratingLabel('mood', value) }));
