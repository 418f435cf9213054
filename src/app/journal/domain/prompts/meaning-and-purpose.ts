import { JournalPrompt } from '../journal-prompt';

export const MEANING_AND_PURPOSE_PROMPTS: readonly JournalPrompt[] = [
  {
    id: 'meaning-01',
    category: 'meaning-and-purpose',
    text: 'What first drew you to this work? How much of that is still with you today?',
  },
  {
    id: 'meaning-02',
    category: 'meaning-and-purpose',
    text: 'Describe a recent moment when you felt that your work mattered.',
  },
  {
    id: 'meaning-03',
    category: 'meaning-and-purpose',
    text: 'Which part of your job feels most like you? What would a little more of it look like?',
  },
  {
    id: 'meaning-04',
    category: 'meaning-and-purpose',
    text: 'What do you hope your patients remember about being cared for by you?',
  },
  {
    id: 'meaning-05',
    category: 'meaning-and-purpose',
    text: 'When the paperwork and the alarms fall away, what is this work about for you?',
  },
  {
    id: 'meaning-06',
    category: 'meaning-and-purpose',
    text: 'What is one value you lived out today, even if nobody noticed?',
  },
];
