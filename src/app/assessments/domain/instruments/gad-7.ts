import { InstrumentDefinition } from '../instrument-definition';
import { PFIZER_TERMS, PHQ_DIFFICULTY, PHQ_FREQUENCY } from './phq-options';

const item = (n: number, text: string) => ({ id: `q${n}`, number: n, text, optionSetId: 'frequency', scored: true });

/** Generalized Anxiety Disorder 7-item scale. Wording: Pfizer's GAD-7 form (phqscreeners.com). */
export const GAD_7: InstrumentDefinition = {
  id: 'gad-7',
  version: '1',
  scoringVersion: 1,
  title: 'Generalized Anxiety Disorder 7-item scale (GAD-7)',
  shortTitle: 'GAD-7',
  measures: 'How often anxiety symptoms have bothered you over the last two weeks.',
  estimatedMinutes: 2,
  recallPeriod: 'Over the last 2 weeks',
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  wordingSource: 'GAD-7 form, phqscreeners.com (Pfizer Inc.), English for USA; difficulty question from Spitzer et al. 2006, figure',
  notes: [
    'Sources disagree on the options: the figure in Spitzer et al. 2006 prints "Not at all sure" and "Over half the days"; ' +
      'we use the Pfizer form\'s "Not at all" and "More than half the days", the same scale as the PHQ-9.',
    'Item wording follows the Pfizer form ("anxious or on edge", "it is hard to sit still"); the 2006 figure reads ' +
      '"anxious, or on edge" and "it\'s hard to sit still".',
    'The difficulty question is not scored and is optional.',
    'The paper form adds "(Use "✔" to indicate your answer)"; it is left out because answers are chosen on screen.',
  ],
  sections: [],
  optionSets: [PHQ_FREQUENCY, PHQ_DIFFICULTY],
  items: [
    item(1, 'Feeling nervous, anxious or on edge'),
    item(2, 'Not being able to stop or control worrying'),
    item(3, 'Worrying too much about different things'),
    item(4, 'Trouble relaxing'),
    item(5, 'Being so restless that it is hard to sit still'),
    item(6, 'Becoming easily annoyed or irritable'),
    item(7, 'Feeling afraid as if something awful might happen'),
    {
      id: 'difficulty',
      number: 8,
      text:
        'If you checked off any problems, how difficult have these made it for you to do your work, take care of things ' +
        'at home, or get along with other people?',
      optionSetId: 'difficulty',
      scored: false,
    },
  ],
  reverseItemIds: [],
  scales: [
    {
      id: 'total',
      label: 'Anxiety symptoms (GAD-7 total)',
      description: 'Sum of items 1–7.',
      role: 'primary',
      itemIds: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'],
      scoring: { kind: 'sum' },
      minAnswered: 7,
      range: { min: 0, max: 21 },
      higherIs: 'worse',
      banding: {
        source:
          'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: ' +
          'the GAD-7. Arch Intern Med. 2006;166(10):1092–1097.',
        note: 'A screening result, not a diagnosis.',
        bands: [
          { id: 'minimal', label: 'Minimal anxiety symptoms', min: 0, max: 4 },
          { id: 'mild', label: 'Mild anxiety symptoms', min: 5, max: 9 },
          { id: 'moderate', label: 'Moderate anxiety symptoms', min: 10, max: 14 },
          { id: 'severe', label: 'Severe anxiety symptoms', min: 15, max: 21 },
        ],
      },
    },
    {
      id: 'gad-2',
      label: 'GAD-2 (items 1 and 2)',
      description: 'Sum of the two core items: feeling nervous, and not being able to stop worrying.',
      role: 'derived',
      itemIds: ['q1', 'q2'],
      scoring: { kind: 'sum' },
      minAnswered: 2,
      range: { min: 0, max: 6 },
      higherIs: 'worse',
      banding: {
        source:
          'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, ' +
          'impairment, comorbidity, and detection. Ann Intern Med. 2007;146(5):317–325.',
        bands: [
          { id: 'negative', label: 'Below the GAD-2 screening cut-off', min: 0, max: 2 },
          { id: 'positive', label: 'Positive GAD-2 screen (3 or more)', min: 3, max: 6 },
        ],
      },
    },
  ],
  missingItemRule: { kind: 'all-required' },
  skipRules: [],
  safetyRules: [],
  nextSteps: [],
  changeRules: [],
  bracketTerms: [],
  attribution: {
    authors: 'Robert L. Spitzer, Kurt Kroenke, Janet B. W. Williams, Bernd Löwe',
    year: 2006,
    citation:
      'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: ' +
      'the GAD-7. Arch Intern Med. 2006;166(10):1092–1097. doi:10.1001/archinte.166.10.1092',
  },
  terms: PFIZER_TERMS,
};
