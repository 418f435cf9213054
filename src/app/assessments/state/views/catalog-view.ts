import { AssessmentDraft, INSTRUMENT_GROUPS, StoredAssessment } from '../../domain';
import { findInstrument } from '../../domain/instruments';

export interface CatalogEntry {
  readonly id: string;
  readonly shortTitle: string;
  readonly title: string;
  readonly measures: string;
  readonly estimatedMinutes: number;
  /** ISO timestamp of the newest result, or null when never taken. */
  readonly lastTakenAt: string | null;
  /** Answers in a half-finished draft, or null when there is none. */
  readonly draftAnswers: number | null;
}

export interface CatalogGroup {
  readonly id: string;
  readonly title: string;
  readonly instruments: readonly CatalogEntry[];
}

/** The library, grouped as `INSTRUMENT_GROUPS` says, with what the person has done with each. */
export function buildCatalog(
  resultsByInstrument: Readonly<Record<string, readonly StoredAssessment[]>>,
  drafts: Readonly<Record<string, AssessmentDraft | undefined>>,
): readonly CatalogGroup[] {
  return INSTRUMENT_GROUPS.map((group) => ({
    id: group.id,
    title: group.title,
    instruments: group.instrumentIds.flatMap((id) => {
      const instrument = findInstrument(id);
      if (!instrument) return [];
      const draft = drafts[id];
      return [
        {
          id,
          shortTitle: instrument.shortTitle,
          title: instrument.title,
          measures: instrument.measures,
          estimatedMinutes: instrument.estimatedMinutes,
          lastTakenAt: resultsByInstrument[id]?.[0]?.takenAt ?? null,
          draftAnswers: draft ? Object.keys(draft.answers).length : null,
        },
      ];
    }),
  }));
}
