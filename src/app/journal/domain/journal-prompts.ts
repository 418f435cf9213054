import { daysBetween } from '../../check-in/domain';
import { JournalPrompt, PromptCategory } from './journal-prompt';
import { AFTER_A_HARD_SHIFT_PROMPTS } from './prompts/after-a-hard-shift';
import { AFTER_A_LOSS_PROMPTS } from './prompts/after-a-loss';
import { BOUNDARIES_PROMPTS } from './prompts/boundaries';
import { GRATITUDE_PROMPTS } from './prompts/gratitude';
import { MEANING_AND_PURPOSE_PROMPTS } from './prompts/meaning-and-purpose';
import { SELF_COMPASSION_PROMPTS } from './prompts/self-compassion';
import { THREE_GOOD_THINGS_PROMPTS } from './prompts/three-good-things';

/** Tend's own prompts, written for clinicians. Adding one is adding an entry to a category file. */
export const JOURNAL_PROMPTS: readonly JournalPrompt[] = [
  ...AFTER_A_HARD_SHIFT_PROMPTS,
  ...THREE_GOOD_THINGS_PROMPTS,
  ...GRATITUDE_PROMPTS,
  ...MEANING_AND_PURPOSE_PROMPTS,
  ...SELF_COMPASSION_PROMPTS,
  ...BOUNDARIES_PROMPTS,
  ...AFTER_A_LOSS_PROMPTS,
];

const BY_ID = new Map(JOURNAL_PROMPTS.map((prompt) => [prompt.id, prompt]));

export function promptById(id: string): JournalPrompt | undefined {
  return BY_ID.get(id);
}

export function promptsIn(category: PromptCategory): JournalPrompt[] {
  return JOURNAL_PROMPTS.filter((prompt) => prompt.category === category);
}

/**
 * A suggestion that changes once a day and is the same all day, without storing anything.
 * The category for a loss is left out unless asked for: it is chosen, never offered at random.
 */
export function promptForDay(day: string, category?: PromptCategory): JournalPrompt {
  const pool = category
    ? promptsIn(category)
    : JOURNAL_PROMPTS.filter((prompt) => prompt.category !== 'after-a-loss');
  const index = daysBetween('2000-01-01', day) % pool.length;
  return pool[(index + pool.length) % pool.length];
}
