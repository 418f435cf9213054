/**
 * Every embedded instrument's id and short name, without its texts or scoring: enough for Today's
 * re-take reminders and for checking that a stored record names a known instrument, so neither
 * loads the instruments themselves. A test keeps it equal to the definitions.
 */
export const INSTRUMENT_SHORT_TITLES: Readonly<Record<string, string>> = {
  'who-5': 'WHO-5',
  'phq-9': 'PHQ-9',
  'gad-7': 'GAD-7',
  cbi: 'CBI',
  'proqol-5': 'ProQOL 5',
  brs: 'BRS',
  'scs-sf': 'SCS-SF',
  'audit-c': 'AUDIT-C',
};

export function isKnownInstrument(id: string): boolean {
  return Object.hasOwn(INSTRUMENT_SHORT_TITLES, id);
}
