import { InstrumentDefinition } from '../instrument-definition';
import { AUDIT_C } from './audit-c';
import { BRS } from './brs';
import { CBI } from './cbi';
import { GAD_7 } from './gad-7';
import { PHQ_9 } from './phq-9';
import { PROQOL_5 } from './proqol-5';
import { SCS_SF } from './scs-sf';
import { WHO_5 } from './who-5';

/** Every instrument Tend embeds, in the order the library lists them. */
export const INSTRUMENTS: readonly InstrumentDefinition[] = [WHO_5, PHQ_9, GAD_7, CBI, PROQOL_5, BRS, SCS_SF, AUDIT_C];

export function findInstrument(id: string): InstrumentDefinition | undefined {
  return INSTRUMENTS.find((instrument) => instrument.id === id);
}
