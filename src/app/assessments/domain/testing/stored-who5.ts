import { WHO_5 } from '../instruments/who-5';
import { StoredAssessment } from '../stored-assessment';
import { answersFromValues } from './answers-from-values';

/** Test helper: a stored WHO-5 result with every item answered `itemValue` (0–5; raw score 5×). */
export function storedWho5(id: string, takenAt: string, itemValue: number): StoredAssessment {
  return {
    id,
    instrumentId: 'who-5',
    instrumentVersion: '1',
    scoringVersion: 1,
    startedAt: takenAt,
    takenAt,
    answers: answersFromValues(WHO_5, { q1: itemValue, q2: itemValue, q3: itemValue, q4: itemValue, q5: itemValue }),
  };
}
