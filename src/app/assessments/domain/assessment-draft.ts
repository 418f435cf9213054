import { Answers } from './answers';
import { isKnownInstrument } from './instrument-names';
import { isTimestamp, parseAnswers, isRecord } from './stored-assessment';

/** A half-finished assessment, saved after every answer so it can be resumed later. */
export interface AssessmentDraft {
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  /** ISO timestamps (UTC). */
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly answers: Answers;
}

/** The draft with one more answer; a first answer starts it. */
export function withAnswer(
  draft: AssessmentDraft | undefined,
  change: { instrumentId: string; instrumentVersion: string; itemId: string; optionId: string; at: string; startedAt: string },
): AssessmentDraft {
  return {
    instrumentId: change.instrumentId,
    instrumentVersion: draft?.instrumentVersion ?? change.instrumentVersion,
    startedAt: draft?.startedAt ?? change.startedAt,
    updatedAt: change.at,
    answers: { ...draft?.answers, [change.itemId]: change.optionId },
  };
}

/** Reads a stored draft, or null when it cannot be one (wrong shape, unknown instrument). */
export function parseAssessmentDraft(value: unknown): AssessmentDraft | null {
  if (!isRecord(value)) return null;
  const { instrumentId, instrumentVersion, startedAt, updatedAt, answers } = value;
  if (typeof instrumentId !== 'string' || !isKnownInstrument(instrumentId) || !isTimestamp(startedAt)) return null;
  const parsedAnswers = parseAnswers(answers);
  if (!parsedAnswers) return null;
  return {
    instrumentId,
    instrumentVersion: typeof instrumentVersion === 'string' ? instrumentVersion : '',
    startedAt,
    updatedAt: isTimestamp(updatedAt) ? updatedAt : startedAt,
    answers: parsedAnswers,
  };
}
