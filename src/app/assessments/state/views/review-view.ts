import { AssessmentDraft, InstrumentDefinition, SafetySignal, ScaleShortfall, scaleShortfalls, scoreInstrument, Sex } from '../../domain';
import { buildQuestionsView } from './question-view';

export interface ReviewQuestion {
  readonly id: string;
  readonly position: number;
  readonly text: string;
  readonly optional: boolean;
  readonly answerLabel: string | null;
}

export interface ReviewView {
  readonly instrumentId: string;
  readonly shortTitle: string;
  readonly hasDraft: boolean;
  readonly questions: readonly ReviewQuestion[];
  /** Required questions still unanswered: nothing is scored until they are. */
  readonly missing: readonly ReviewQuestion[];
  /** Unanswered questions the result can do without (optional ones, or CBI items over its minimum). */
  readonly leftOut: readonly ReviewQuestion[];
  /**
   * Instruments scored scale by scale (CBI): the scales still short of a score and what each
   * needs. While none has a score these are why nothing is scored; after, the ones left out.
   */
  readonly shortfalls: readonly ScaleShortfall[];
  readonly canSubmit: boolean;
  readonly safetySignals: readonly SafetySignal[];
}

export function buildReviewView(
  definition: InstrumentDefinition,
  draft: AssessmentDraft | undefined,
  profession: string,
  sex: Sex | undefined,
): ReviewView {
  const questionsView = buildQuestionsView(definition, draft, profession);
  const questions = questionsView.questions.map((q) => ({
    id: q.id,
    position: q.position,
    text: q.text,
    optional: q.optional,
    answerLabel: q.options.find((o) => o.id === q.chosenOptionId)?.label ?? null,
  }));
  const result = scoreInstrument(definition, draft?.answers ?? {}, sex ? { sex } : {});
  const missingIds = result.status === 'incomplete' ? result.missingItemIds : [];
  return {
    instrumentId: definition.id,
    shortTitle: definition.shortTitle,
    hasDraft: draft !== undefined,
    questions,
    missing: questions.filter((q) => missingIds.includes(q.id)),
    leftOut: questions.filter((q) => q.answerLabel === null && !missingIds.includes(q.id)),
    shortfalls: scaleShortfalls(definition, draft?.answers),
    canSubmit: draft !== undefined && result.status === 'scored',
    safetySignals: questionsView.safetySignals,
  };
}
