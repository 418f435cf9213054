import { JournalPrompt } from '../journal-prompt';

export const GRATITUDE_PROMPTS: readonly JournalPrompt[] = [
  {
    id: 'gratitude-01',
    category: 'gratitude',
    text: 'Who made your work easier today, perhaps without knowing it?',
  },
  {
    id: 'gratitude-02',
    category: 'gratitude',
    text: 'Is there a teacher or mentor whose words still guide your hands? What would you thank them for?',
  },
  {
    id: 'gratitude-03',
    category: 'gratitude',
    text: 'What ordinary thing are you glad of today: comfortable shoes, a quiet corridor, a lift that came right away?',
  },
  {
    id: 'gratitude-04',
    category: 'gratitude',
    text: 'Think of a patient or family who trusted you. What did that trust give you?',
  },
  {
    id: 'gratitude-05',
    category: 'gratitude',
    text: 'Write a short thank-you note to someone on your team. Sending it is entirely up to you.',
  },
  {
    id: 'gratitude-06',
    category: 'gratitude',
    text: 'What part of you carried you through this week: your patience, your humour, your steady hands? Thank it here.',
  },
];
