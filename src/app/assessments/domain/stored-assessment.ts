import { Answers } from './answers';
import { Sex } from './assessment-result';
import { isKnownInstrument } from './instrument-names';

/**
 * One completed assessment as it is kept on the device: what was asked (instrument and versions),
 * when, and the option chosen for each item. Scores are never stored; they are recomputed from
 * `answers`, so a corrected scoring rule applies to every past result.
 */
export interface StoredAssessment {
  readonly id: string;
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  readonly scoringVersion: number;
  /** ISO timestamps (UTC): when the first answer was given and when the result was asked for. */
  readonly startedAt: string;
  readonly takenAt: string;
  readonly answers: Answers;
  /** Stated for sex-specific cut-offs (AUDIT-C) only; absent means not stated. */
  readonly sex?: Sex;
}

/**
 * Reads a stored record, or null when it cannot be one (wrong shape, unknown instrument, bad
 * timestamps). Answers keep only string option ids; scoring reports any that no longer exist.
 */
export function parseStoredAssessment(value: unknown): StoredAssessment | null {
  if (!isRecord(value)) return null;
  const { id, instrumentId, instrumentVersion, scoringVersion, startedAt, takenAt, answers, sex } = value;
  if (typeof id !== 'string' || id === '' || typeof instrumentId !== 'string' || !isKnownInstrument(instrumentId)) return null;
  if (typeof instrumentVersion !== 'string' || typeof scoringVersion !== 'number') return null;
  if (!isTimestamp(takenAt)) return null;
  const parsedAnswers = parseAnswers(answers);
  if (!parsedAnswers) return null;
  return {
    id,
    instrumentId,
    instrumentVersion,
    scoringVersion,
    startedAt: isTimestamp(startedAt) ? startedAt : takenAt,
    takenAt,
    answers: parsedAnswers,
    ...(sex === 'female' || sex === 'male' ? { sex } : {}),
  };
}

/** Only string option ids survive; anything else reads as unanswered. Null when not an object. */
export function parseAnswers(value: unknown): Answers | null {
  if (!isRecord(value)) return null;
  const answers: Record<string, string> = {};
  for (const [itemId, optionId] of Object.entries(value)) {
    if (typeof optionId === 'string' && optionId !== '') answers[itemId] = optionId;
  }
  return answers;
}

export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
