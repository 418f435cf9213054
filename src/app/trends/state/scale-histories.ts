import { AssessmentScore, ScoreBand } from '../domain';
import { bandCutOffs, ScaleHistory } from './scale-chart-view';
import { compareCodeUnits } from '../../shared/compare';

/*
 * The parts of the assessments feature the trends read, described by shape so that its real
 * `findInstrument`, `scoreInstrument` and stored results plug in unchanged once its index.ts
 * exports them (see the note in the trends page).
 */
type Sex = 'female' | 'male';

export interface BandLike {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly minExclusive?: true;
}

export interface ScaleLike {
  readonly id: string;
  readonly label: string;
  readonly role: 'primary' | 'derived';
  readonly range: { readonly min: number; readonly max: number };
  readonly banding: { readonly bands: readonly BandLike[] } | null;
  readonly bandingBySex?: Readonly<Record<Sex, { readonly bands: readonly BandLike[] }>>;
}

export interface InstrumentLike {
  readonly id: string;
  readonly scales: readonly ScaleLike[];
  readonly changeRules: readonly { readonly scaleId: string; readonly minimumChange: number }[];
}

export interface StoredResultLike {
  readonly instrumentId: string;
  readonly takenAt: string;
  readonly answers: Readonly<Record<string, string>>;
  readonly sex?: Sex;
}

export type ScoredLike =
  | { readonly status: 'scored'; readonly scales: readonly { readonly scaleId: string; readonly score: number | null }[] }
  | { readonly status: 'incomplete' };

export type FindInstrument<I extends InstrumentLike> = (id: string) => I | undefined;
export type ScoreInstrument<I extends InstrumentLike> = (instrument: I, answers: StoredResultLike['answers'], context: { sex?: Sex }) => ScoredLike;

/** Bands to shade: the scale's own, or for sex-specific cut-offs those of the sex last stated. */
function bandsFor(scale: ScaleLike, sex: Sex | undefined): readonly BandLike[] {
  if (scale.banding) return scale.banding.bands;
  return sex && scale.bandingBySex ? scale.bandingBySex[sex].bands : [];
}

/**
 * Every primary scale that has a score, with all its scores recomputed from the stored answers
 * (never from a stored score), in instrument order. Derived scales (PHQ-2 inside PHQ-9) are
 * left to the result pages. Results that cannot be scored are left out.
 */
export function scaleHistories<I extends InstrumentLike>(
  results: readonly StoredResultLike[],
  findInstrument: FindInstrument<I>,
  scoreInstrument: ScoreInstrument<I>,
): ScaleHistory[] {
  const byInstrument = new Map<string, StoredResultLike[]>();
  for (const result of results) {
    const list = byInstrument.get(result.instrumentId) ?? [];
    list.push(result);
    byInstrument.set(result.instrumentId, list);
  }
  const histories: ScaleHistory[] = [];
  for (const [instrumentId, list] of byInstrument) {
    const instrument = findInstrument(instrumentId);
    if (!instrument) continue;
    const scores = new Map<string, AssessmentScore[]>();
    let sex: Sex | undefined;
    for (const result of [...list].sort((a, b) => compareCodeUnits(a.takenAt, b.takenAt))) {
      sex = result.sex ?? sex;
      const scored = scoreInstrument(instrument, result.answers, result.sex ? { sex: result.sex } : {});
      if (scored.status !== 'scored') continue;
      for (const { scaleId, score } of scored.scales) {
        if (score === null) continue;
        scores.set(scaleId, [...(scores.get(scaleId) ?? []), { takenAt: result.takenAt, value: score }]);
      }
    }
    for (const scale of instrument.scales) {
      const scaleScores = scores.get(scale.id);
      if (scale.role !== 'primary' || !scaleScores?.length) continue;
      const bands = bandsFor(scale, sex);
      const rule = instrument.changeRules.find((r) => r.scaleId === scale.id);
      histories.push({
        id: `${instrument.id}-${scale.id}`,
        subject: scale.label,
        range: scale.range,
        bands: bands.map(({ label, min, max }): ScoreBand => ({ label, min, max })),
        cutOffs: bandCutOffs(bands),
        meaningfulChange: rule?.minimumChange ?? null,
        scores: scaleScores,
      });
    }
  }
  return histories;
}
