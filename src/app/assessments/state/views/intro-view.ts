import { AssessmentDraft, askedItems, InstrumentDefinition } from '../../domain';

export interface IntroView {
  readonly instrument: InstrumentDefinition;
  readonly draft: { readonly answered: number; readonly asked: number; readonly updatedAt: string } | null;
  readonly lastTakenAt: string | null;
  readonly resultCount: number;
  /** ProQOL: the wording can name the person's profession. */
  readonly asksProfession: boolean;
  /** AUDIT-C: the cut-off depends on sex. */
  readonly asksSex: boolean;
}

export function buildIntroView(
  instrument: InstrumentDefinition,
  draft: AssessmentDraft | undefined,
  lastTakenAt: string | null,
  resultCount: number,
): IntroView {
  return {
    instrument,
    draft: draft
      ? {
          answered: Object.keys(draft.answers).filter((id) => instrument.items.some((i) => i.id === id)).length,
          asked: askedItems(instrument, draft.answers).length,
          updatedAt: draft.updatedAt,
        }
      : null,
    lastTakenAt,
    resultCount,
    asksProfession: instrument.bracketTerms.some((t) => t.token === 'helper'),
    asksSex: instrument.scales.some((s) => s.bandingBySex),
  };
}
