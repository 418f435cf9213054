import { JournalPrompt } from '../journal-prompt';

export const AFTER_A_HARD_SHIFT_PROMPTS: readonly JournalPrompt[] = [
  {
    id: 'hard-shift-01',
    category: 'after-a-hard-shift',
    text: 'What is still with you from this shift? Write it here so you do not have to carry all of it home.',
  },
  {
    id: 'hard-shift-02',
    category: 'after-a-hard-shift',
    text: 'Name one moment from today that was harder than it looked from the outside.',
  },
  {
    id: 'hard-shift-03',
    category: 'after-a-hard-shift',
    text: 'What did your body go through today? Notice where you are holding it now, and let that place soften a little.',
  },
  {
    id: 'hard-shift-04',
    category: 'after-a-hard-shift',
    text: 'If a colleague had just worked the shift you worked, what would you want them to hear from you?',
  },
  {
    id: 'hard-shift-05',
    category: 'after-a-hard-shift',
    text: 'What got in the way today? And what helped, even a little?',
  },
  {
    id: 'hard-shift-06',
    category: 'after-a-hard-shift',
    text: 'What do you need in the next few hours: food, sleep, company, quiet? What is one small step toward it?',
  },
  {
    id: 'hard-shift-07',
    category: 'after-a-hard-shift',
    text: 'Is there a conversation from today you keep replaying? Write what you wish had been said, then let it rest on this page.',
  },
];
