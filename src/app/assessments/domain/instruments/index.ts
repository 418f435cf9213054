// Every embedded instrument, and the registry that finds one by id. Its own entry point: the
// texts are most of the assessments' code, and Today (which imports the domain) needs none of them.
export { findInstrument, INSTRUMENTS } from './registry';
export { AUDIT_C } from './audit-c';
export { BRS } from './brs';
export { CBI } from './cbi';
export { GAD_7 } from './gad-7';
export { PHQ_9 } from './phq-9';
export { PROQOL_5 } from './proqol-5';
export { SCS_SF } from './scs-sf';
export { WHO_5 } from './who-5';
