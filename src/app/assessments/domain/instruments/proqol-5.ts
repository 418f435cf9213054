import { InstrumentDefinition } from '../instrument-definition';
import { Banding, ScaleDefinition } from '../scale-definition';

const TEXTS = [
  'I am happy.',
  'I am preoccupied with more than one person I [help].',
  'I get satisfaction from being able to [help] people.',
  'I feel connected to others.',
  'I jump or am startled by unexpected sounds.',
  'I feel invigorated after working with those I [help].',
  'I find it difficult to separate my personal life from my life as a [helper].',
  'I am not as productive at work because I am losing sleep over traumatic experiences of a person I [help].',
  'I think that I might have been affected by the traumatic stress of those I [help].',
  'I feel trapped by my job as a [helper].',
  'Because of my [helping], I have felt "on edge" about various things.',
  'I like my work as a [helper].',
  'I feel depressed because of the traumatic experiences of the people I [help].',
  'I feel as though I am experiencing the trauma of someone I have [helped].',
  'I have beliefs that sustain me.',
  'I am pleased with how I am able to keep up with [helping] techniques and protocols.',
  'I am the person I always wanted to be.',
  'My work makes me feel satisfied.',
  'I feel worn out because of my work as a [helper].',
  'I have happy thoughts and feelings about those I [help] and how I could help them.',
  'I feel overwhelmed because my case [work] load seems endless.',
  'I believe I can make a difference through my work.',
  'I avoid certain activities or situations because they remind me of frightening experiences of the people I [help].',
  'I am proud of what I can do to [help].',
  'As a result of my [helping], I have intrusive, frightening thoughts.',
  'I feel "bogged down" by the system.',
  'I have thoughts that I am a "success" as a [helper].',
  "I can't recall important parts of my work with trauma victims.",
  'I am a very caring person.',
  'I am happy that I chose to do this work.',
];

const SELF_SCORE = 'ProQOL 5 self-score sheet, "What is my score and what does it mean?" (Stamm, proqol.org)';

const banding = (what: string): Banding => ({
  source: SELF_SCORE,
  note: 'A guide for reflection, not a diagnosis.',
  bands: [
    { id: 'low', label: `Low ${what} (22 or less)`, min: 10, max: 22 },
    { id: 'moderate', label: `Moderate ${what} (23–41)`, min: 23, max: 41 },
    { id: 'high', label: `High ${what} (42 or more)`, min: 42, max: 50 },
  ],
});

const scale = (
  id: string,
  label: string,
  items: readonly number[],
  higherIs: 'better' | 'worse',
  description: string,
): ScaleDefinition => ({
  id,
  label,
  description,
  role: 'primary',
  itemIds: items.map((n) => `q${n}`),
  scoring: { kind: 'sum' },
  minAnswered: 10,
  range: { min: 10, max: 50 },
  higherIs,
  banding: banding(label.toLowerCase()),
});

/** Professional Quality of Life Scale, version 5 (Stamm 2009). */
export const PROQOL_5: InstrumentDefinition = {
  id: 'proqol-5',
  version: '1',
  scoringVersion: 1,
  title: 'Professional Quality of Life Scale (ProQOL 5)',
  shortTitle: 'ProQOL 5',
  measures: 'Compassion satisfaction and compassion fatigue (burnout and secondary traumatic stress) in the last 30 days.',
  estimatedMinutes: 10,
  recallPeriod: 'in the last 30 days',
  instructions:
    'When you [help] people you have direct contact with their lives. As you may have found, your compassion for ' +
    'those you [help] can affect you in positive and negative ways. Below are some questions about your experiences, ' +
    'both positive and negative, as a [helper]. Consider each of the following questions about you and your current ' +
    'work situation. Select the number that honestly reflects how frequently you experienced these things in the last 30 days.',
  wordingSource: 'ProQOL 5 (English), © B. Hudnall Stamm 2009, proqol.org (now held by the Center for Victims of Torture)',
  notes: [
    'Bracketed words may be replaced to suit the respondent, as the owner permits ("[helper]" → "nurse"); the ' +
      'published bracketed wording is the default.',
    'Cut-offs: the ProQOL manual reports standardised t-scores; the self-score sheet uses raw sums (22 or less low, ' +
      '23–41 moderate, 42 or more high). We use the self-score sheet, which the owner offers for uses that need no ' +
      'standardised scores (proqol.org FAQ).',
    'There is no total score.',
  ],
  sections: [],
  optionSets: [
    {
      id: 'frequency',
      options: [
        { id: 'never', label: 'Never', value: 1 },
        { id: 'rarely', label: 'Rarely', value: 2 },
        { id: 'sometimes', label: 'Sometimes', value: 3 },
        { id: 'often', label: 'Often', value: 4 },
        { id: 'very-often', label: 'Very Often', value: 5 },
      ],
    },
  ],
  items: TEXTS.map((text, i) => ({ id: `q${i + 1}`, number: i + 1, text, optionSetId: 'frequency', scored: true })),
  reverseItemIds: ['q1', 'q4', 'q15', 'q17', 'q29'],
  scales: [
    scale('compassion-satisfaction', 'Compassion satisfaction', [3, 6, 12, 16, 18, 20, 22, 24, 27, 30], 'better',
      'The pleasure you get from doing your work well. Sum of 10 items, 10–50.'),
    scale('burnout', 'Burnout', [1, 4, 8, 10, 15, 17, 19, 21, 26, 29], 'worse',
      'Exhaustion, frustration and feeling ineffective at work. Sum of 10 items, 10–50; 1, 4, 15, 17 and 29 reversed.'),
    scale('secondary-traumatic-stress', 'Secondary traumatic stress', [2, 5, 7, 9, 11, 13, 14, 23, 25, 28], 'worse',
      'Work-related, secondary exposure to people who have experienced extremely stressful events. Sum of 10 items, 10–50.'),
  ],
  missingItemRule: { kind: 'all-required' },
  skipRules: [],
  safetyRules: [],
  nextSteps: [],
  changeRules: [],
  bracketTerms: [
    { token: 'helper', meaning: 'your role, e.g. physician, nurse, pharmacist' },
    { token: 'help', meaning: 'what you do for the people you serve' },
    { token: 'helping', meaning: 'your work with the people you serve' },
    { token: 'helped', meaning: 'the people you have served' },
    { token: 'work', meaning: 'your caseload' },
  ],
  attribution: {
    authors: 'B. Hudnall Stamm',
    year: 2009,
    citation:
      'Stamm BH. Professional Quality of Life: Compassion Satisfaction and Fatigue Version 5 (ProQOL). 2009. ' +
      'www.proqol.org. Stamm BH. The Concise ProQOL Manual, 2nd ed. Pocatello, ID: ProQOL.org; 2010.',
  },
  terms: {
    text:
      'The ProQOL measure may be freely copied and used as long as (a) author is credited, (b) no changes are made ' +
      'other than those authorized below, and (c) it is not sold. You may substitute the appropriate target group for ' +
      '/ [helper] / if that is not the best term. For example, if you are working with teachers, replace / [helper] ' +
      '/with teacher. Word changes may be made to any word in italicized square brackets to make the measure read more ' +
      'smoothly for a particular target group. Additionally you are granted permission to convert the ProQOL into ' +
      'other formats such as a computerized or taped version for the visually impaired.',
    verbatim: true,
    source: 'proqol.org, "How The ProQOL is Used in Research", Can I use the ProQOL?',
    link: { href: 'https://proqol.org/', text: 'proqol.org' },
  },
};
