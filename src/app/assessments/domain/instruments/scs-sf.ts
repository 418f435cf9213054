import { InstrumentDefinition } from '../instrument-definition';

const RAES_2011 =
  'Raes F, Pommier E, Neff KD, Van Gucht D. Construction and factorial validation of a short form of the ' +
  'Self-Compassion Scale. Clin Psychol Psychother. 2011;18(3):250–255.';
const NEFF_SHEET = 'Neff KD. Self-Compassion Scale – Short Form (SCS-SF) information sheet, self-compassion.org (2021)';

const item = (n: number, text: string) => ({ id: `q${n}`, number: n, text, optionSetId: 'frequency', scored: true });

/** Self-Compassion Scale – Short Form (Raes et al. 2011). Total score only, as the authors advise. */
export const SCS_SF: InstrumentDefinition = {
  id: 'scs-sf',
  version: '1',
  scoringVersion: 1,
  title: 'Self-Compassion Scale – Short Form (SCS-SF)',
  shortTitle: 'SCS-SF',
  measures: 'How you typically act towards yourself in difficult times.',
  estimatedMinutes: 3,
  recallPeriod: null,
  instructions:
    'Please read each statement carefully before answering. Indicate how often you behave in the stated manner, ' +
    'using the following scale:',
  wordingSource: `${NEFF_SHEET}: form "How I typically act towards myself in difficult times"`,
  notes: [
    'The form labels only the ends of the scale ("Almost never" 1 … 5 "Almost always"); 2, 3 and 4 carry their numbers.',
    'Wording is kept as printed, including curly apostrophes and item 8\'s missing full stop.',
    'Only the total is reported: the authors advise against subscale scores on the short form (Raes et al. 2011).',
    'Sources disagree on scoring: Raes et al. 2011 combined subscale scores; Neff\'s sheet takes the mean of all 12 items ' +
      'after reversing items 1, 4, 8, 9, 11 and 12. We use the sheet\'s mean.',
    'Sources disagree on 3.5: the sheet\'s rubric reads 2.5–3.5 moderate, 3.51–5.0 high; a common summary reads ' +
      '"3.5 and above high". We follow the sheet, so a mean of exactly 3.5 is moderate.',
  ],
  sections: [],
  optionSets: [
    {
      id: 'frequency',
      options: [
        { id: '1', label: 'Almost never', value: 1 },
        { id: '2', label: '2', value: 2 },
        { id: '3', label: '3', value: 3 },
        { id: '4', label: '4', value: 4 },
        { id: '5', label: 'Almost always', value: 5 },
      ],
    },
  ],
  items: [
    item(1, 'When I fail at something important to me I become consumed by feelings of inadequacy.'),
    item(2, 'I try to be understanding and patient towards those aspects of my personality I don’t like.'),
    item(3, 'When something painful happens I try to take a balanced view of the situation.'),
    item(4, 'When I’m feeling down, I tend to feel like most other people are probably happier than I am.'),
    item(5, 'I try to see my failings as part of the human condition.'),
    item(6, 'When I’m going through a very hard time, I give myself the caring and tenderness I need.'),
    item(7, 'When something upsets me I try to keep my emotions in balance.'),
    item(8, 'When I fail at something that’s important to me, I tend to feel alone in my failure'),
    item(9, 'When I’m feeling down I tend to obsess and fixate on everything that’s wrong.'),
    item(10, 'When I feel inadequate in some way, I try to remind myself that feelings of inadequacy are shared by most people.'),
    item(11, 'I’m disapproving and judgmental about my own flaws and inadequacies.'),
    item(12, 'I’m intolerant and impatient towards those aspects of my personality I don’t like.'),
  ],
  reverseItemIds: ['q1', 'q4', 'q8', 'q9', 'q11', 'q12'],
  scales: [
    {
      id: 'total',
      label: 'Self-compassion (SCS-SF mean)',
      description: 'Mean of all 12 items after reversing items 1, 4, 8, 9, 11 and 12; 1.0–5.0.',
      role: 'primary',
      itemIds: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10', 'q11', 'q12'],
      scoring: { kind: 'mean' },
      minAnswered: 12,
      range: { min: 1, max: 5 },
      higherIs: 'better',
      banding: {
        source: `${NEFF_SHEET}: 1.0–2.49 low, 2.5–3.5 moderate, 3.51–5.0 high`,
        note: 'A rough guide only: the SCS-SF has no clinical norms.',
        bands: [
          { id: 'low', label: 'Low self-compassion', min: 1, max: 2.5, maxExclusive: true },
          { id: 'moderate', label: 'Moderate self-compassion', min: 2.5, max: 3.5 },
          { id: 'high', label: 'High self-compassion', min: 3.5, minExclusive: true, max: 5 },
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
  attribution: { authors: 'Filip Raes, Elizabeth Pommier, Kristin D. Neff, Dinska Van Gucht', year: 2011, citation: RAES_2011 },
  terms: {
    text:
      'Dr. Kristin Neff "grants permission to use the Self-Compassion Scale Short Form (Raes et al., 2011) for any purpose ' +
      'whatsoever, including research, clinical work, teaching, etc." and asks that it be cited.',
    verbatim: false,
    source: NEFF_SHEET,
  },
};
