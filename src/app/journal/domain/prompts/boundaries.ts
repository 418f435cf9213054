import { JournalPrompt } from '../journal-prompt';

export const BOUNDARIES_PROMPTS: readonly JournalPrompt[] = [
  {
    id: 'boundaries-01',
    category: 'boundaries',
    text: 'What did you say yes to this week that you wish you had declined? What made saying no hard?',
  },
  {
    id: 'boundaries-02',
    category: 'boundaries',
    text: 'What helps you leave work at work? What tends to follow you home?',
  },
  {
    id: 'boundaries-03',
    category: 'boundaries',
    text: 'Which hours, people or pastimes outside work do you want to protect this week?',
  },
  {
    id: 'boundaries-04',
    category: 'boundaries',
    text: 'Write the words you could use the next time you want to turn down an extra shift or task.',
  },
  {
    id: 'boundaries-05',
    category: 'boundaries',
    text: 'How do you know when you are running on empty? What are the first signs you notice?',
  },
  {
    id: 'boundaries-06',
    category: 'boundaries',
    text: 'What is one small limit you could set tomorrow that would make the day easier to sustain?',
  },
];
