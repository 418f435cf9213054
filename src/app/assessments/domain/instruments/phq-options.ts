import { OptionSet } from '../instrument-definition';

/**
 * The PHQ-9 and GAD-7 answer scale and difficulty question options, verbatim from the Pfizer
 * forms at phqscreeners.com (PHQ-9 and GAD-7, English for USA).
 */
export const PHQ_FREQUENCY: OptionSet = {
  id: 'frequency',
  options: [
    { id: 'not-at-all', label: 'Not at all', value: 0 },
    { id: 'several-days', label: 'Several days', value: 1 },
    { id: 'more-than-half', label: 'More than half the days', value: 2 },
    { id: 'nearly-every-day', label: 'Nearly every day', value: 3 },
  ],
};

/** Unscored: the values only order the options. */
export const PHQ_DIFFICULTY: OptionSet = {
  id: 'difficulty',
  options: [
    { id: 'not-difficult', label: 'Not difficult at all', value: 0 },
    { id: 'somewhat', label: 'Somewhat difficult', value: 1 },
    { id: 'very', label: 'Very difficult', value: 2 },
    { id: 'extremely', label: 'Extremely difficult', value: 3 },
  ],
};

export const PFIZER_TERMS = {
  text:
    'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational ' +
    'grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
  verbatim: true,
  source: 'Footer of the PHQ-9 and GAD-7 forms, phqscreeners.com (Pfizer Inc.)',
} as const;
