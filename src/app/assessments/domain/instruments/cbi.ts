import { InstrumentDefinition, InstrumentItem } from '../instrument-definition';
import { Banding } from '../scale-definition';

const item = (section: string, n: number, text: string, optionSetId: 'frequency' | 'degree'): InstrumentItem => ({
  id: `${section}-${n}`,
  number: n,
  sectionId: section,
  text,
  optionSetId,
  scored: true,
});

const KRISTENSEN_2005 =
  'Kristensen TS, Borritz M, Villadsen E, Christensen KB. The Copenhagen Burnout Inventory: a new tool for the ' +
  'assessment of burnout. Work & Stress. 2005;19(3):192–207.';

/** ≥ 50 is a convention from the literature, not a validated clinical cut-off; the note says so. */
const CONVENTION: Banding = {
  source:
    'Creedy DK, Sidebotham M, Gamble J, Pallant J, Fenwick J. Prevalence of burnout, depression, anxiety and stress in ' +
    'Australian midwives: a cross-sectional survey. BMC Pregnancy Childbirth. 2017;17:13 (scores of 50 or more ' +
    'taken as elevated).',
  note: 'The CBI has no validated cut-off: 50 or more is a research convention (Creedy et al. 2017), not a diagnosis.',
  bands: [
    { id: 'below-50', label: 'Below the 50-point convention', min: 0, max: 50, maxExclusive: true },
    { id: 'elevated', label: 'Elevated (50 or more, by convention)', min: 50, max: 100 },
  ],
};

const scale = (id: string, label: string, description: string, count: number, minAnswered: number) => ({
  id,
  label,
  description,
  role: 'primary' as const,
  itemIds: Array.from({ length: count }, (_, i) => `${id}-${i + 1}`),
  scoring: { kind: 'mean' as const },
  minAnswered,
  range: { min: 0, max: 100 },
  higherIs: 'worse' as const,
  banding: CONVENTION,
});

/** Copenhagen Burnout Inventory, English version used in the PUMA study (Kristensen et al. 2005). */
export const CBI: InstrumentDefinition = {
  id: 'cbi',
  version: '1',
  scoringVersion: 1,
  title: 'Copenhagen Burnout Inventory (CBI)',
  shortTitle: 'CBI',
  measures: 'Burnout as prolonged exhaustion, in your life overall, in your work, and in your work with patients.',
  estimatedMinutes: 5,
  recallPeriod: null,
  instructions: null,
  wordingSource:
    'Copenhagen Burnout Inventory (English version) used in the PUMA study, National Research Centre for the Working ' +
    'Environment (NFA), Copenhagen; ' + KRISTENSEN_2005,
  notes: [
    'The CBI publishes no recall period and no respondent instructions; the PUMA study mixed its items among others.',
    'The third scale is the CBI\'s client-related burnout with "clients" worded "patients", as the CBI intends the ' +
      'term to be adapted to the people the respondent works with (Kristensen et al. 2005).',
    'There is no total score: the three scales are read separately (Kristensen et al. 2005).',
  ],
  sections: [
    { id: 'personal', title: 'Personal burnout' },
    { id: 'work', title: 'Work-related burnout' },
    { id: 'patient', title: 'Patient-related burnout' },
  ],
  optionSets: [
    {
      id: 'frequency',
      options: [
        { id: 'always', label: 'Always', value: 100 },
        { id: 'often', label: 'Often', value: 75 },
        { id: 'sometimes', label: 'Sometimes', value: 50 },
        { id: 'seldom', label: 'Seldom', value: 25 },
        { id: 'never', label: 'Never/almost never', value: 0 },
      ],
    },
    {
      id: 'degree',
      options: [
        { id: 'very-high', label: 'To a very high degree', value: 100 },
        { id: 'high', label: 'To a high degree', value: 75 },
        { id: 'somewhat', label: 'Somewhat', value: 50 },
        { id: 'low', label: 'To a low degree', value: 25 },
        { id: 'very-low', label: 'To a very low degree', value: 0 },
      ],
    },
  ],
  items: [
    item('personal', 1, 'How often do you feel tired?', 'frequency'),
    item('personal', 2, 'How often are you physically exhausted?', 'frequency'),
    item('personal', 3, 'How often are you emotionally exhausted?', 'frequency'),
    item('personal', 4, 'How often do you think: “I can’t take it anymore”?', 'frequency'),
    item('personal', 5, 'How often do you feel worn out?', 'frequency'),
    item('personal', 6, 'How often do you feel weak and susceptible to illness?', 'frequency'),
    item('work', 1, 'Is your work emotionally exhausting?', 'degree'),
    item('work', 2, 'Do you feel burnt out because of your work?', 'degree'),
    item('work', 3, 'Does your work frustrate you?', 'degree'),
    item('work', 4, 'Do you feel worn out at the end of the working day?', 'frequency'),
    item('work', 5, 'Are you exhausted in the morning at the thought of another day at work?', 'frequency'),
    item('work', 6, 'Do you feel that every working hour is tiring for you?', 'frequency'),
    item('work', 7, 'Do you have enough energy for family and friends during leisure time?', 'frequency'),
    item('patient', 1, 'Do you find it hard to work with patients?', 'degree'),
    item('patient', 2, 'Do you find it frustrating to work with patients?', 'degree'),
    item('patient', 3, 'Does it drain your energy to work with patients?', 'degree'),
    item('patient', 4, 'Do you feel that you give more than you get back when you work with patients?', 'degree'),
    item('patient', 5, 'Are you tired of working with patients?', 'frequency'),
    item('patient', 6, 'Do you sometimes wonder how long you will be able to continue working with patients?', 'frequency'),
  ],
  reverseItemIds: ['work-7'],
  scales: [
    scale('personal', 'Personal burnout', 'Prolonged physical and psychological exhaustion. Mean of answered items, 0–100.', 6, 3),
    scale(
      'work',
      'Work-related burnout',
      'Prolonged exhaustion perceived as related to work. Mean of answered items, 0–100; item 7 reversed.',
      7,
      4,
    ),
    scale(
      'patient',
      'Patient-related burnout',
      'Prolonged exhaustion perceived as related to work with patients. Mean of answered items, 0–100.',
      6,
      3,
    ),
  ],
  missingItemRule: {
    kind: 'min-answered-per-scale',
    source:
      `${KRISTENSEN_2005} PUMA scoring: a scale is not scored when fewer than 3 (personal), 4 (work-related) or ` +
      '3 (client-related) of its questions are answered.',
  },
  skipRules: [],
  safetyRules: [],
  nextSteps: [],
  changeRules: [],
  bracketTerms: [],
  attribution: {
    authors: 'Tage S. Kristensen, Marianne Borritz, Ebbe Villadsen, Karl B. Christensen',
    year: 2005,
    citation: KRISTENSEN_2005,
  },
  terms: {
    text:
      'No licence text is published with the CBI. It was developed at the National Institute of Occupational Health, ' +
      'Copenhagen (now the National Research Centre for the Working Environment, NFA), which offers the questionnaire ' +
      'for free download, and it is widely described as being in the public domain. Cite Kristensen et al. 2005.',
    verbatim: false,
    source: 'nfa.dk, Copenhagen Burnout Inventory - CBI (download page); ' + KRISTENSEN_2005,
  },
};
