import { ScaleDefinition } from './scale-definition';

export interface ScaleScore {
  /** Null when too few of the scale's items are answered. */
  readonly score: number | null;
  /** Sum of the answered items' scored values, before any mean or factor. */
  readonly rawSum: number;
  readonly answeredCount: number;
}

export function scoreScale(scale: ScaleDefinition, values: ReadonlyMap<string, number>): ScaleScore {
  const answered = scale.itemIds.filter((id) => values.has(id)).map((id) => values.get(id) ?? 0);
  const rawSum = answered.reduce((sum, v) => sum + v, 0);
  const answeredCount = answered.length;
  if (answeredCount < requiredAnswers(scale)) return { score: null, rawSum, answeredCount };
  return { score: aggregate(scale, rawSum, answeredCount), rawSum, answeredCount };
}

/** How many of the scale's items must be answered for a score. */
export function requiredAnswers(scale: ScaleDefinition): number {
  // A sum over some of the items is a different number, not a partial score.
  return Math.max(1, scale.scoring.kind === 'mean' ? scale.minAnswered : scale.itemIds.length);
}

export function aggregate(scale: ScaleDefinition, sum: number, count: number): number {
  switch (scale.scoring.kind) {
    case 'sum':
      return sum;
    case 'mean':
      return sum / count;
    case 'sum-times':
      return sum * scale.scoring.factor;
  }
}
