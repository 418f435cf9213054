import { InstrumentDefinition } from '../instrument-definition';
import { PFIZER_TERMS, PHQ_DIFFICULTY, PHQ_FREQUENCY } from './phq-options';

const item = (n: number, text: string) => ({ id: `q${n}`, number: n, text, optionSetId: 'frequency', scored: true });

/** Patient Health Questionnaire-9. Wording: Pfizer's PHQ-9 form (phqscreeners.com, English for USA). */
export const PHQ_9: InstrumentDefinition = {
  id: 'phq-9',
  version: '1',
  scoringVersion: 1,
  title: 'Patient Health Questionnaire-9 (PHQ-9)',
  shortTitle: 'PHQ-9',
  measures: 'How often depressive symptoms have bothered you over the last two weeks.',
  estimatedMinutes: 3,
  recallPeriod: 'Over the last 2 weeks',
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  wordingSource: 'PHQ-9 form, phqscreeners.com (Pfizer Inc.), English for USA',
  notes: [
    'The paper form adds "(Use "✔" to indicate your answer)"; it is left out because answers are chosen on screen.',
    'Item 9 follows the Pfizer form ("dead or of hurting yourself"); the 2001 paper prints a comma after "dead".',
    'The difficulty question is not scored (Kroenke, Spitzer & Williams 2001) and is optional.',
  ],
  sections: [],
  optionSets: [PHQ_FREQUENCY, PHQ_DIFFICULTY],
  items: [
    item(1, 'Little interest or pleasure in doing things'),
    item(2, 'Feeling down, depressed, or hopeless'),
    item(3, 'Trouble falling or staying asleep, or sleeping too much'),
    item(4, 'Feeling tired or having little energy'),
    item(5, 'Poor appetite or overeating'),
    item(6, 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down'),
    item(7, 'Trouble concentrating on things, such as reading the newspaper or watching television'),
    item(
      8,
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless ' +
        'that you have been moving around a lot more than usual',
    ),
    item(9, 'Thoughts that you would be better off dead or of hurting yourself in some way'),
    {
      id: 'difficulty',
      number: 10,
      text:
        'If you checked off any problems, how difficult have these problems made it for you to do your work, take care ' +
        'of things at home, or get along with other people?',
      optionSetId: 'difficulty',
      scored: false,
    },
  ],
  reverseItemIds: [],
  scales: [
    {
      id: 'total',
      label: 'Depression symptoms (PHQ-9 total)',
      description: 'Sum of items 1–9.',
      role: 'primary',
      itemIds: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'],
      scoring: { kind: 'sum' },
      minAnswered: 9,
      range: { min: 0, max: 27 },
      higherIs: 'worse',
      banding: {
        source:
          'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. ' +
          'J Gen Intern Med. 2001;16(9):606–613.',
        note: 'A screening result, not a diagnosis.',
        bands: [
          { id: 'minimal', label: 'Minimal depression symptoms', min: 0, max: 4 },
          { id: 'mild', label: 'Mild depression symptoms', min: 5, max: 9 },
          { id: 'moderate', label: 'Moderate depression symptoms', min: 10, max: 14 },
          { id: 'moderately-severe', label: 'Moderately severe depression symptoms', min: 15, max: 19 },
          { id: 'severe', label: 'Severe depression symptoms', min: 20, max: 27 },
        ],
      },
    },
    {
      id: 'phq-2',
      label: 'PHQ-2 (items 1 and 2)',
      description: 'Sum of the two core items: little interest or pleasure, and feeling down.',
      role: 'derived',
      itemIds: ['q1', 'q2'],
      scoring: { kind: 'sum' },
      minAnswered: 2,
      range: { min: 0, max: 6 },
      higherIs: 'worse',
      banding: {
        source:
          'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression ' +
          'screener. Med Care. 2003;41(11):1284–1292.',
        bands: [
          { id: 'negative', label: 'Below the PHQ-2 screening cut-off', min: 0, max: 2 },
          { id: 'positive', label: 'Positive PHQ-2 screen (3 or more)', min: 3, max: 6 },
        ],
      },
    },
  ],
  missingItemRule: { kind: 'all-required' },
  skipRules: [],
  safetyRules: [
    {
      id: 'item-9',
      when: { item: 'q9', is: '>=', value: 1 },
      message:
        'You said you have had thoughts that you would be better off dead or of hurting yourself. ' +
        'You deserve support now: please reach out to a crisis line or someone you trust.',
      source:
        'PHQ-9 item 9; any answer above "Not at all" calls for further assessment of suicide risk ' +
        '(PHQ Instruction Manual, Pfizer; Kroenke, Spitzer & Williams 2001).',
    },
  ],
  nextSteps: [],
  changeRules: [],
  bracketTerms: [],
  attribution: {
    authors: 'Kurt Kroenke, Robert L. Spitzer, Janet B. W. Williams',
    year: 2001,
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. ' +
      'J Gen Intern Med. 2001;16(9):606–613. doi:10.1046/j.1525-1497.2001.016009606.x',
  },
  terms: PFIZER_TERMS,
};
