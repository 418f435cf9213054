import { JournalPrompt } from '../journal-prompt';

export const AFTER_A_LOSS_PROMPTS: readonly JournalPrompt[] = [
  {
    id: 'after-loss-01',
    category: 'after-a-loss',
    text: 'Write about your patient as a person. Who were they, and what would you like to remember about them?',
  },
  {
    id: 'after-loss-02',
    category: 'after-a-loss',
    text: 'What are you feeling right now? Any mix is allowed: sadness, numbness, anger, relief, or nothing you can name yet.',
  },
  {
    id: 'after-loss-03',
    category: 'after-a-loss',
    text: 'What did you do for this patient and their family that mattered, even though the outcome was not what anyone hoped for?',
  },
  {
    id: 'after-loss-04',
    category: 'after-a-loss',
    text: 'If you keep going over what happened, write it down once here, as plainly as you can. What do you know, and what is still unclear?',
  },
  {
    id: 'after-loss-05',
    category: 'after-a-loss',
    text: 'Who could you talk to about this: a colleague, a friend, a peer supporter? What would you want them to understand?',
  },
  {
    id: 'after-loss-06',
    category: 'after-a-loss',
    text: 'Clinicians grieve too. Is there a small ritual, a pause or a moment outside, that could help you mark this loss?',
  },
  {
    id: 'after-loss-07',
    category: 'after-a-loss',
    text: 'When something goes wrong, it is easy to feel alone with it. What would you tell a colleague standing where you are now?',
  },
];
