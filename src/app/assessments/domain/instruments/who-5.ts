import { InstrumentDefinition } from '../instrument-definition';

const item = (n: number, text: string) => ({ id: `q${n}`, number: n, text, optionSetId: 'time', scored: true });

const TOPP_2015 =
  'Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of the literature. ' +
  'Psychother Psychosom. 2015;84(3):167–176.';

/** WHO-Five Well-Being Index. Wording: WHO 2024 publication (WHO/UCN/MSD/MHE/2024.01). */
export const WHO_5: InstrumentDefinition = {
  id: 'who-5',
  version: '1',
  scoringVersion: 1,
  title: 'WHO-Five Well-Being Index (WHO-5)',
  shortTitle: 'WHO-5',
  measures: 'Your current mental well-being over the last two weeks.',
  estimatedMinutes: 1,
  recallPeriod: 'Over the last two weeks',
  instructions:
    'Please indicate for each of the five statements which is closest to how you have been feeling over the last two ' +
    'weeks. Notice that higher numbers mean better well-being.',
  wordingSource:
    'World Health Organization. The World Health Organization-Five Well-Being Index (WHO-5). Geneva: WHO; 2024 ' +
    '(WHO/UCN/MSD/MHE/2024.01); the same wording as the Psychiatric Research Unit, Hillerød, 1998 version.',
  notes: [
    'The form\'s worked example (ticking "3") is left out: on screen each answer shows its words.',
    'Cut-offs disagree in form, not in effect: WHO 2024 and the 1998 notes say "below 13 raw" (below 52 %), Topp et al. ' +
      '2015 say "≤ 50". Percentage scores are multiples of 4, so both put 48 and below in the poor well-being range.',
  ],
  sections: [],
  optionSets: [
    {
      id: 'time',
      options: [
        { id: 'all', label: 'All of the time', value: 5 },
        { id: 'most', label: 'Most of the time', value: 4 },
        { id: 'more-than-half', label: 'More than half of the time', value: 3 },
        { id: 'less-than-half', label: 'Less than half of the time', value: 2 },
        { id: 'some', label: 'Some of the time', value: 1 },
        { id: 'none', label: 'At no time', value: 0 },
      ],
    },
  ],
  items: [
    item(1, 'I have felt cheerful and in good spirits'),
    item(2, 'I have felt calm and relaxed'),
    item(3, 'I have felt active and vigorous'),
    item(4, 'I woke up feeling fresh and rested'),
    item(5, 'My daily life has been filled with things that interest me'),
  ],
  reverseItemIds: [],
  scales: [
    {
      id: 'percentage',
      label: 'Well-being (WHO-5, 0–100)',
      description: 'Raw score (sum of the five items, 0–25) multiplied by 4.',
      role: 'primary',
      itemIds: ['q1', 'q2', 'q3', 'q4', 'q5'],
      scoring: { kind: 'sum-times', factor: 4 },
      minAnswered: 5,
      range: { min: 0, max: 100 },
      higherIs: 'better',
      banding: {
        source: TOPP_2015,
        note: 'Screening cut-offs, not a diagnosis. A score of 50 or below suggests taking the PHQ-9.',
        bands: [
          { id: 'likely-depression', label: 'Very low well-being, in the range where depression is likely', min: 0, max: 28 },
          { id: 'poor', label: 'Poor well-being', min: 28, minExclusive: true, max: 50 },
          { id: 'not-poor', label: 'Above the poor well-being cut-off', min: 50, minExclusive: true, max: 100 },
        ],
      },
    },
  ],
  missingItemRule: { kind: 'all-required' },
  skipRules: [],
  safetyRules: [],
  nextSteps: [
    {
      id: 'offer-phq-9',
      when: { scale: 'percentage', is: '<=', value: 50 },
      text: 'Your well-being score is in the range where a depression screen is recommended. Consider taking the PHQ-9.',
      suggestInstrumentId: 'phq-9',
      source: `${TOPP_2015} Cut-off ≤ 50 for screening for depression.`,
    },
  ],
  changeRules: [
    {
      scaleId: 'percentage',
      minimumChange: 10,
      source:
        'WHO-5 scoring notes (Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Hillerød, 1998): ' +
        '"A 10% difference indicates a significant change"; ' + TOPP_2015,
    },
  ],
  bracketTerms: [],
  attribution: {
    authors: 'World Health Organization; developed by Per Bech, Psychiatric Research Unit, Mental Health Centre North Zealand',
    year: 1998,
    citation:
      'World Health Organization. The World Health Organization-Five Well-Being Index (WHO-5). Geneva: World Health ' +
      'Organization; 2024. Licence: CC BY-NC-SA 3.0 IGO.',
  },
  terms: {
    text:
      '© World Health Organization 2024. Licence: CC BY-NC-SA 3.0 IGO. The work may be copied, redistributed and adapted ' +
      'for non-commercial purposes, provided it is appropriately cited; no use may suggest that WHO endorses any ' +
      'specific organization, product or service, and the WHO logo may not be used.',
    verbatim: false,
    source: 'WHO/UCN/MSD/MHE/2024.01, copyright page (CC BY-NC-SA 3.0 IGO)',
  },
};
