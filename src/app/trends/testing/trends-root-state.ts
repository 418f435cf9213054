import { Action } from '@ngrx/store';
import { assessmentsFeature, StoredAssessment } from '../../assessments';
import { CheckIn, checkInFeature, Tag } from '../../check-in';
import { initialTrendsState, TrendsState } from '../state/trends.feature';
import { compareCodeUnits } from '../../shared/compare';

export interface RootStateOptions {
  checkIns?: readonly CheckIn[];
  tags?: readonly Tag[];
  today?: string;
  loaded?: boolean;
  /** The first day read so far, with older check-ins still being read (Today's first read). */
  recentSince?: string;
  trends?: Partial<TrendsState>;
  /** Stored results, newest first as the slice keeps them. */
  assessments?: readonly StoredAssessment[];
}

/** Test data only: the root state as the app holds it once check-ins have loaded. */
export function trendsRootState(options: RootStateOptions = {}) {
  const initial = checkInFeature.reducer(undefined, { type: '@@init' } as Action);
  const assessments = assessmentsFeature.reducer(undefined, { type: '@@init' } as Action);
  const checkIns = [...(options.checkIns ?? [])].sort((a, b) => compareCodeUnits(a.day, b.day));
  const tags = options.tags ?? [];
  return {
    checkIn: {
      ...initial,
      checkIns: { ids: checkIns.map((c) => c.day), entities: Object.fromEntries(checkIns.map((c) => [c.day, c])) },
      tags: { ids: tags.map((t) => t.id), entities: Object.fromEntries(tags.map((t) => [t.id, t])) },
      clock: { today: options.today ?? '2026-03-31', minute: `${options.today ?? '2026-03-31'}T12:00` },
      load: { status: options.loaded === false || options.recentSince ? 'loading' : 'success', error: null },
      recentLoad: { status: options.loaded === false ? 'loading' : 'success', error: null },
      recentSince: options.recentSince ?? null,
    },
    trends: { ...initialTrendsState, ...options.trends } satisfies TrendsState,
    // No results taken unless given: the assessment charts say how to get some.
    assessments: {
      ...assessments,
      ids: (options.assessments ?? []).map((a) => a.id),
      entities: Object.fromEntries((options.assessments ?? []).map((a) => [a.id, a])),
      load: { status: 'success' as const, error: null },
    },
  };
}
