export const PROMPT_CATEGORIES = [
  'after-a-hard-shift',
  'three-good-things',
  'gratitude',
  'meaning-and-purpose',
  'self-compassion',
  'boundaries',
  'after-a-loss',
] as const;
export type PromptCategory = (typeof PROMPT_CATEGORIES)[number];

/**
 * A reflective prompt. Ids are stored on journal entries, so an id is never renamed or reused;
 * a retired prompt is removed and its id left unused.
 */
export interface JournalPrompt {
  id: string;
  category: PromptCategory;
  text: string;
}

export interface PromptCategoryInfo {
  title: string;
  description: string;
}

export const PROMPT_CATEGORY_INFO: Readonly<Record<PromptCategory, PromptCategoryInfo>> = {
  'after-a-hard-shift': {
    title: 'After a hard shift',
    description: 'Set down what you are carrying before you head home.',
  },
  'three-good-things': {
    title: 'Three Good Things',
    description: 'Notice what went well today, and your part in it.',
  },
  gratitude: {
    title: 'Gratitude',
    description: 'The people and small things that hold your days together.',
  },
  'meaning-and-purpose': {
    title: 'Meaning and purpose',
    description: 'Reconnect with why this work matters to you.',
  },
  'self-compassion': {
    title: 'Self-compassion',
    description: 'Offer yourself the kindness you give others.',
  },
  boundaries: {
    title: 'Boundaries',
    description: 'What you protect so that you can keep doing this work.',
  },
  'after-a-loss': {
    title: 'After a patient death or adverse event',
    description: 'Room for grief, doubt and whatever else comes after a loss.',
  },
};
