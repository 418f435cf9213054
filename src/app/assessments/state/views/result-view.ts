import { AssessmentResult, BandResult, compareResults, groupOf, InstrumentDefinition, SafetySignal, scoreDecimals, scoreInstrument, ScaleResult, Sex, StoredAssessment } from '../../domain';
import { findInstrument } from '../../domain/instruments';

export interface ScaleChangeView {
  readonly previous: number;
  readonly difference: number;
  readonly direction: 'better' | 'worse' | 'unchanged';
  /** Null where the instrument publishes no meaningful-change rule. */
  readonly meaningful: boolean | null;
  readonly minimumChange: number | null;
  readonly ruleSource: string | null;
}

export interface ScaleView {
  readonly scaleId: string;
  readonly label: string;
  readonly description: string;
  readonly role: 'primary' | 'derived';
  readonly higherIs: 'better' | 'worse';
  readonly score: number | null;
  readonly decimals: number;
  readonly range: { readonly min: number; readonly max: number };
  readonly band: BandResult | null;
  readonly bandBySex: ScaleResult['bandBySex'] | null;
  readonly change: ScaleChangeView | null;
}

export interface NextStepView {
  readonly text: string;
  readonly source: string;
  readonly suggest: { readonly id: string; readonly shortTitle: string } | null;
}

export interface ResultView {
  readonly stored: StoredAssessment;
  readonly instrumentId: string;
  readonly shortTitle: string;
  readonly title: string;
  readonly status: AssessmentResult['status'];
  /** Answers still needed when the stored answers no longer score (a damaged record). */
  readonly missingCount: number;
  readonly safetySignals: readonly SafetySignal[];
  readonly scales: readonly ScaleView[];
  readonly nextSteps: readonly NextStepView[];
  readonly previousTakenAt: string | null;
  /** What a result in this instrument's group does and does not mean, beyond "not a diagnosis". */
  readonly meaning: string | null;
  readonly sexSpecific: boolean;
  readonly sex: Sex | null;
  readonly minutesTaken: number | null;
}

/** Scores stored answers afresh and sets each scale beside the previous result's. */
export function buildResultView(
  definition: InstrumentDefinition,
  stored: StoredAssessment,
  previous: StoredAssessment | undefined,
): ResultView {
  const result = score(definition, stored);
  const changes = previous ? compareResults(definition, result, score(definition, previous)) : [];
  const scales = result.status === 'scored' ? result.scales : [];
  const ordered = [...scales.filter((s) => s.role === 'primary'), ...scales.filter((s) => s.role === 'derived')];
  const minutes = (Date.parse(stored.takenAt) - Date.parse(stored.startedAt)) / 60_000;
  return {
    stored,
    instrumentId: definition.id,
    shortTitle: definition.shortTitle,
    title: definition.title,
    status: result.status,
    missingCount: result.status === 'incomplete' ? result.missingItemIds.length : 0,
    safetySignals: result.safetySignals,
    scales: ordered.map((scale) => {
      const definitionScale = definition.scales.find((s) => s.id === scale.scaleId);
      const change = changes.find((c) => c.scaleId === scale.scaleId);
      return {
        scaleId: scale.scaleId,
        label: scale.label,
        description: definitionScale?.description ?? '',
        role: scale.role,
        higherIs: scale.higherIs,
        score: scale.score,
        decimals: scoreDecimals(definition, scale.scaleId),
        range: definitionScale?.range ?? { min: 0, max: 0 },
        band: scale.band,
        bandBySex: scale.bandBySex ?? null,
        change: change
          ? {
              previous: change.previous,
              difference: change.difference,
              direction: change.direction,
              meaningful: change.meaningful,
              minimumChange: change.rule?.minimumChange ?? null,
              ruleSource: change.rule?.source ?? null,
            }
          : null,
      };
    }),
    nextSteps: (result.status === 'scored' ? result.nextSteps : []).map((step) => {
      const suggested = step.suggestInstrumentId ? findInstrument(step.suggestInstrumentId) : undefined;
      return { text: step.text, source: step.source, suggest: suggested ? { id: suggested.id, shortTitle: suggested.shortTitle } : null };
    }),
    previousTakenAt: previous?.takenAt ?? null,
    meaning: groupOf(definition.id)?.meaning ?? null,
    sexSpecific: definition.scales.some((s) => s.bandingBySex),
    sex: stored.sex ?? null,
    minutesTaken: Number.isFinite(minutes) && minutes >= 0 ? Math.max(1, Math.round(minutes)) : null,
  };
}

export function score(definition: InstrumentDefinition, stored: StoredAssessment): AssessmentResult {
  return scoreInstrument(definition, stored.answers, stored.sex ? { sex: stored.sex } : {});
}
