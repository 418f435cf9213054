import {
  AssessmentDraft,
  askedItems,
  evaluateSafety,
  InstrumentDefinition,
  SafetySignal,
  safetyAnchorItemId,
  withProfession,
} from '../../domain';

export interface OptionView {
  readonly id: string;
  readonly label: string;
}

export interface QuestionView {
  readonly id: string;
  /** Position among the questions asked, from 1. */
  readonly position: number;
  readonly sectionTitle: string | null;
  readonly text: string;
  /** Unscored items (PHQ-9's difficulty question) may be left out. */
  readonly optional: boolean;
  readonly options: readonly OptionView[];
  readonly chosenOptionId: string | null;
}

export interface QuestionsView {
  readonly instrumentId: string;
  /** The wording shown, stamped on the draft by the first answer. */
  readonly instrumentVersion: string;
  readonly shortTitle: string;
  readonly instructions: string | null;
  readonly questions: readonly QuestionView[];
  readonly answeredCount: number;
  /** Index of the first question still unanswered, or of the last question when all are. */
  readonly resumeIndex: number;
  /** Fired on the answers so far: crisis resources appear the moment one fires. */
  readonly safetySignals: readonly SafetySignal[];
  /** The question after which the crisis resources are shown when all questions are on one page. */
  readonly safetyAfterItemId: string | null;
}

/** The questions to ask, with the person's answers so far and the profession in the wording. */
export function buildQuestionsView(
  definition: InstrumentDefinition,
  draft: AssessmentDraft | undefined,
  profession: string,
): QuestionsView {
  const answers = draft?.answers ?? {};
  const safetySignals = evaluateSafety(definition, answers);
  const questions = askedItems(definition, answers).map((item, index) => ({
    id: item.id,
    position: index + 1,
    sectionTitle: definition.sections.find((s) => s.id === item.sectionId)?.title ?? null,
    text: withProfession(item.text, profession),
    optional: !item.scored,
    options: (definition.optionSets.find((set) => set.id === item.optionSetId)?.options ?? []).map(({ id, label }) => ({
      id,
      label,
    })),
    chosenOptionId: chosen(definition, item.optionSetId, answers[item.id]),
  }));
  const firstOpen = questions.findIndex((q) => q.chosenOptionId === null);
  return {
    instrumentId: definition.id,
    instrumentVersion: definition.version,
    shortTitle: definition.shortTitle,
    instructions: definition.instructions ? withProfession(definition.instructions, profession) : null,
    questions,
    answeredCount: questions.filter((q) => q.chosenOptionId !== null).length,
    resumeIndex: firstOpen === -1 ? Math.max(0, questions.length - 1) : firstOpen,
    safetySignals,
    safetyAfterItemId: safetyAnchorItemId(definition, safetySignals),
  };
}

/** The stored option id when it still exists for the item; an unknown one reads as unanswered. */
function chosen(definition: InstrumentDefinition, optionSetId: string, optionId: string | undefined): string | null {
  const options = definition.optionSets.find((set) => set.id === optionSetId)?.options ?? [];
  return optionId !== undefined && options.some((o) => o.id === optionId) ? optionId : null;
}
