import { JournalPrompt } from '../journal-prompt';

export const SELF_COMPASSION_PROMPTS: readonly JournalPrompt[] = [
  {
    id: 'self-compassion-01',
    category: 'self-compassion',
    text: 'What would you say to a friend who had the day you had? Try saying it to yourself.',
  },
  {
    id: 'self-compassion-02',
    category: 'self-compassion',
    text: 'Where were you hard on yourself today? What would a kinder, still honest, version of that voice say?',
  },
  {
    id: 'self-compassion-03',
    category: 'self-compassion',
    text: 'You are allowed to be tired. What is one way to be gentle with yourself tonight?',
  },
  {
    id: 'self-compassion-04',
    category: 'self-compassion',
    text: 'Write down something you did well today that you would usually brush aside.',
  },
  {
    id: 'self-compassion-05',
    category: 'self-compassion',
    text: 'What are you expecting of yourself right now that no one could manage? What would a fairer expectation be?',
  },
  {
    id: 'self-compassion-06',
    category: 'self-compassion',
    text: 'Finish this sentence a few different ways: “It makes sense that I feel … because …”',
  },
];
