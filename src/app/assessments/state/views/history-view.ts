import { InstrumentDefinition, ReminderInterval, reminderDueOn, scoreDecimals, StoredAssessment } from '../../domain';
import { score } from './result-view';

export interface HistoryScore {
  readonly label: string;
  readonly score: number | null;
  readonly decimals: number;
  readonly bandLabel: string | null;
}

export interface HistoryRow {
  readonly assessment: StoredAssessment;
  readonly scored: boolean;
  readonly scores: readonly HistoryScore[];
  /** A safety rule fired on this result's answers. */
  readonly safety: boolean;
}

export interface HistoryView {
  readonly instrumentId: string;
  readonly shortTitle: string;
  /** Newest first. */
  readonly rows: readonly HistoryRow[];
  readonly reminder: ReminderInterval;
  /** Local day the next re-take is due, when a reminder is set and there is a result. */
  readonly nextDueOn: string | null;
}

export function buildHistoryView(
  definition: InstrumentDefinition,
  newestFirst: readonly StoredAssessment[],
  reminder: ReminderInterval,
): HistoryView {
  return {
    instrumentId: definition.id,
    shortTitle: definition.shortTitle,
    rows: newestFirst.map((assessment) => {
      const result = score(definition, assessment);
      const scales = result.status === 'scored' ? result.scales.filter((s) => s.role === 'primary') : [];
      return {
        assessment,
        scored: result.status === 'scored',
        safety: result.safetySignals.length > 0,
        scores: scales.map((s) => ({
          label: s.label,
          score: s.score,
          decimals: scoreDecimals(definition, s.scaleId),
          bandLabel: s.band?.label ?? null,
        })),
      };
    }),
    reminder,
    nextDueOn: newestFirst[0] ? reminderDueOn(newestFirst[0].takenAt, reminder) : null,
  };
}
