import { InstrumentDefinition } from '../instrument-definition';

const SMITH_2008 =
  'Smith BW, Dalen J, Wiggins K, Tooley E, Christopher P, Bernard J. The Brief Resilience Scale: assessing the ability ' +
  'to bounce back. Int J Behav Med. 2008;15(3):194–200.';

const item = (n: number, text: string) => ({ id: `q${n}`, number: n, text, optionSetId: 'agreement', scored: true });

/** Brief Resilience Scale (Smith et al. 2008). */
export const BRS: InstrumentDefinition = {
  id: 'brs',
  version: '1',
  scoringVersion: 1,
  title: 'Brief Resilience Scale (BRS)',
  shortTitle: 'BRS',
  measures: 'Your ability to bounce back or recover from stress.',
  estimatedMinutes: 2,
  recallPeriod: null,
  instructions:
    'Please indicate the extent to which you agree with each of the following statements by using the following ' +
    'scale: 1 = strongly disagree, 2 = disagree, 3 = neutral, 4 = agree, 5 = strongly agree.',
  wordingSource: `${SMITH_2008} Instructions, items and answers as printed on p. 196.`,
  notes: [
    'Answer labels keep the paper\'s lower case; the screen may capitalise the first letter.',
    'The published scoring divides the sum by the number of items answered; Tend asks for all six before scoring, ' +
      'so the score is the mean of the six items after reversing items 2, 4 and 6.',
  ],
  sections: [],
  optionSets: [
    {
      id: 'agreement',
      options: [
        { id: 'strongly-disagree', label: 'strongly disagree', value: 1 },
        { id: 'disagree', label: 'disagree', value: 2 },
        { id: 'neutral', label: 'neutral', value: 3 },
        { id: 'agree', label: 'agree', value: 4 },
        { id: 'strongly-agree', label: 'strongly agree', value: 5 },
      ],
    },
  ],
  items: [
    item(1, 'I tend to bounce back quickly after hard times'),
    item(2, 'I have a hard time making it through stressful events'),
    item(3, 'It does not take me long to recover from a stressful event'),
    item(4, 'It is hard for me to snap back when something bad happens'),
    item(5, 'I usually come through difficult times with little trouble'),
    item(6, 'I tend to take a long time to get over set-backs in my life'),
  ],
  reverseItemIds: ['q2', 'q4', 'q6'],
  scales: [
    {
      id: 'resilience',
      label: 'Resilience (BRS mean)',
      description: 'Mean of the six items after reversing items 2, 4 and 6; 1.00–5.00.',
      role: 'primary',
      itemIds: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'],
      scoring: { kind: 'mean' },
      minAnswered: 6,
      range: { min: 1, max: 5 },
      higherIs: 'better',
      banding: {
        source:
          'Smith BW, Epstein EM, Ortiz JA, Christopher PJ, Tooley EM. The foundations of resilience: what are the ' +
          'critical resources for bouncing back from stress? In: Prince-Embury S, Saklofske DH, eds. Resilience in ' +
          'Children, Adolescents, and Adults. New York: Springer; 2013:167–187 (1.00–2.99 low, 3.00–4.30 normal, 4.31–5.00 high).',
        bands: [
          { id: 'low', label: 'Low resilience', min: 1, max: 3, maxExclusive: true },
          { id: 'normal', label: 'Normal resilience', min: 3, max: 4.3 },
          { id: 'high', label: 'High resilience', min: 4.3, minExclusive: true, max: 5 },
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
    authors: 'Bruce W. Smith, Jeanne Dalen, Kathryn Wiggins, Erin Tooley, Paulette Christopher, Jennifer Bernard',
    year: 2008,
    citation: SMITH_2008,
  },
  terms: {
    text:
      'The authors publish no licence text. The scale is printed in full in the paper and is widely listed as free to ' +
      'use without permission when the source is cited (e.g. What Works Wellbeing measures bank: "Free (No permission ' +
      'required)"). Cite Smith et al. 2008.',
    verbatim: false,
    source: `${SMITH_2008}; What Works Wellbeing measures bank, Brief Resilience Scale`,
  },
};
