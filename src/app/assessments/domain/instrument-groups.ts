/** How the library groups its instruments, with what a result in the group does and does not mean. */
export interface InstrumentGroup {
  readonly id: string;
  readonly title: string;
  readonly instrumentIds: readonly string[];
  /** Said with every result in the group, after the general "screening, not diagnosis". */
  readonly meaning: string | null;
}

export const INSTRUMENT_GROUPS: readonly InstrumentGroup[] = [
  {
    id: 'burnout',
    title: 'Burnout',
    instrumentIds: ['cbi', 'proqol-5'],
    meaning:
      'Burnout is an occupational phenomenon, not a medical condition: the World Health Organization describes it as ' +
      'the result of chronic workplace stress that has not been successfully managed (ICD-11, QD85). A high score says ' +
      'as much about your work and its conditions as about you.',
  },
  { id: 'well-being', title: 'Well-being', instrumentIds: ['who-5'], meaning: null },
  {
    id: 'mood',
    title: 'Mood and anxiety',
    instrumentIds: ['phq-9', 'gad-7'],
    meaning:
      'Only a clinician who talks with you can make a diagnosis. If a score is in a higher range, or you are worried ' +
      'about how you have been feeling, consider talking with your own doctor or an occupational health service.',
  },
  { id: 'resilience', title: 'Resilience and self-compassion', instrumentIds: ['brs', 'scs-sf'], meaning: null },
  {
    id: 'alcohol',
    title: 'Alcohol',
    instrumentIds: ['audit-c'],
    meaning: 'A positive screen means drinking above recommended limits is likely; it is not a diagnosis of a disorder.',
  },
];

export function groupOf(instrumentId: string): InstrumentGroup | undefined {
  return INSTRUMENT_GROUPS.find((group) => group.instrumentIds.includes(instrumentId));
}
