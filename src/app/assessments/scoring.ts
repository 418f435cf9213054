// The assessments' scoring, for Trends (scores are always recomputed from the stored answers).
// Apart from index.ts: Today reads the assessments' state, and this loads every instrument.
export { scoreInstrument } from './domain';
export { findInstrument } from './domain/instruments';
