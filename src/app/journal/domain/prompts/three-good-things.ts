import { JournalPrompt } from '../journal-prompt';

export const THREE_GOOD_THINGS_PROMPTS: readonly JournalPrompt[] = [
  {
    id: 'good-things-01',
    category: 'three-good-things',
    text: 'Write down three things that went well today, however small, and the part you played in each.',
  },
  {
    id: 'good-things-02',
    category: 'three-good-things',
    text: 'Think of a moment today when something went right for a patient. What made it possible?',
  },
  {
    id: 'good-things-03',
    category: 'three-good-things',
    text: 'What are three small moments from today worth keeping: a laugh, a kind word, a coffee that was still warm?',
  },
  {
    id: 'good-things-04',
    category: 'three-good-things',
    text: 'Three good things: one from work, one with someone you care about, and one that was just for you.',
  },
  {
    id: 'good-things-05',
    category: 'three-good-things',
    text: 'Which good thing from today surprised you? Why do you think it happened?',
  },
  {
    id: 'good-things-06',
    category: 'three-good-things',
    text: 'Looking back over the last few days, what three things turned out better than you expected?',
  },
];
