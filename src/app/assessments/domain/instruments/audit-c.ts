import { InstrumentDefinition } from '../instrument-definition';

const BABOR_2001 =
  'Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: The Alcohol Use Disorders Identification Test. ' +
  'Guidelines for Use in Primary Care. 2nd ed. Geneva: World Health Organization; 2001 (WHO/MSD/MSB/01.6a).';
const BUSH_1998 =
  'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C): an ' +
  'effective brief screening test for problem drinking. Arch Intern Med. 1998;158(16):1789–1795.';
const BRADLEY_2003 =
  'Bradley KA, Bush KR, Epler AJ, et al. Two brief alcohol-screening tests from the Alcohol Use Disorders ' +
  'Identification Test (AUDIT): validation in a female Veterans Affairs patient population. Arch Intern Med. 2003;163(7):821–829.';
const CUT_OFFS =
  'AUDIT-C scoring key ("In men, a score of 4 or more is considered positive … In women, a score of 3 or more is ' +
  `considered positive"); ${BUSH_1998}; ${BRADLEY_2003}`;
const NOTE = 'A positive screen suggests drinking above recommended limits, not a diagnosis.';

/** AUDIT-C: the three consumption questions of the WHO AUDIT, scored as Bush et al. 1998. */
export const AUDIT_C: InstrumentDefinition = {
  id: 'audit-c',
  version: '1',
  scoringVersion: 1,
  title: 'AUDIT-C (Alcohol Use Disorders Identification Test – Consumption)',
  shortTitle: 'AUDIT-C',
  measures: 'How much and how often you drink alcohol, over the past year.',
  estimatedMinutes: 1,
  recallPeriod: 'during this past year',
  instructions: 'Now I am going to ask you some questions about your use of alcoholic beverages during this past year.',
  wordingSource: `${BABOR_2001} Box 4, questions 1–3 and the interviewer's opening sentence.`,
  notes: [
    'Sources word the questions differently (e.g. the VA form\'s "How many standard drinks …", "7 to 9"); we use the ' +
      'WHO AUDIT wording, from which Bush et al. 1998 took the AUDIT-C.',
    'The WHO form counts a "drink" as a standard drink of about 10 g of alcohol; the screen should say what a standard ' +
      'drink is where the person lives.',
    'If question 1 is "Never", questions 2 and 3 are skipped and count 0 (WHO AUDIT: "Skip to Questions 9-10").',
    'Without a stated sex the result carries both cut-offs: 4 or more (men) and 3 or more (women).',
  ],
  sections: [],
  optionSets: [
    {
      id: 'how-often',
      options: [
        { id: 'never', label: 'Never', value: 0 },
        { id: 'monthly-or-less', label: 'Monthly or less', value: 1 },
        { id: '2-4-a-month', label: '2 to 4 times a month', value: 2 },
        { id: '2-3-a-week', label: '2 to 3 times a week', value: 3 },
        { id: '4-plus-a-week', label: '4 or more times a week', value: 4 },
      ],
    },
    {
      id: 'how-many',
      options: [
        { id: '1-2', label: '1 or 2', value: 0 },
        { id: '3-4', label: '3 or 4', value: 1 },
        { id: '5-6', label: '5 or 6', value: 2 },
        { id: '7-9', label: '7, 8, or 9', value: 3 },
        { id: '10-plus', label: '10 or more', value: 4 },
      ],
    },
    {
      id: 'six-or-more',
      options: [
        { id: 'never', label: 'Never', value: 0 },
        { id: 'less-than-monthly', label: 'Less than monthly', value: 1 },
        { id: 'monthly', label: 'Monthly', value: 2 },
        { id: 'weekly', label: 'Weekly', value: 3 },
        { id: 'daily', label: 'Daily or almost daily', value: 4 },
      ],
    },
  ],
  items: [
    { id: 'q1', number: 1, text: 'How often do you have a drink containing alcohol?', optionSetId: 'how-often', scored: true },
    {
      id: 'q2',
      number: 2,
      text: 'How many drinks containing alcohol do you have on a typical day when you are drinking?',
      optionSetId: 'how-many',
      scored: true,
    },
    { id: 'q3', number: 3, text: 'How often do you have six or more drinks on one occasion?', optionSetId: 'six-or-more', scored: true },
  ],
  reverseItemIds: [],
  scales: [
    {
      id: 'total',
      label: 'Alcohol consumption (AUDIT-C total)',
      description: 'Sum of questions 1–3, 0–12.',
      role: 'primary',
      itemIds: ['q1', 'q2', 'q3'],
      scoring: { kind: 'sum' },
      minAnswered: 3,
      range: { min: 0, max: 12 },
      higherIs: 'worse',
      banding: null,
      bandingBySex: {
        male: {
          source: CUT_OFFS,
          note: NOTE,
          bands: [
            { id: 'negative', label: 'Below the screening cut-off for men (4)', min: 0, max: 3 },
            { id: 'positive', label: 'Positive screen for men (4 or more)', min: 4, max: 12 },
          ],
        },
        female: {
          source: CUT_OFFS,
          note: NOTE,
          bands: [
            { id: 'negative', label: 'Below the screening cut-off for women (3)', min: 0, max: 2 },
            { id: 'positive', label: 'Positive screen for women (3 or more)', min: 3, max: 12 },
          ],
        },
      },
    },
  ],
  missingItemRule: { kind: 'all-required' },
  skipRules: [
    {
      id: 'never-drinks',
      when: { item: 'q1', is: '==', value: 0 },
      itemIds: ['q2', 'q3'],
      value: 0,
      source: `${BABOR_2001} Question 1, "Never": skip the consumption questions that follow; ${BUSH_1998}`,
    },
  ],
  safetyRules: [],
  nextSteps: [],
  changeRules: [],
  bracketTerms: [],
  attribution: {
    authors:
      'Katharine Bush, Daniel R. Kivlahan, Mary B. McDonell, Stephan D. Fihn, Katharine A. Bradley (AUDIT-C); ' +
      'World Health Organization (AUDIT)',
    year: 1998,
    citation: `${BUSH_1998} ${BABOR_2001}`,
  },
  terms: {
    text:
      'The AUDIT manual "may be freely reviewed, abstracted, reproduced and translated, in part or in whole, but not for ' +
      'sale or for use in conjunction with commercial purposes." The AUDIT-C is described by its users as in the public domain.',
    verbatim: false,
    source: `${BABOR_2001}, copyright page`,
  },
};
